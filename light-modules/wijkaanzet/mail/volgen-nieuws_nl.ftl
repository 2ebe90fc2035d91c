[#ftl output_format="plainText"]
[#-- Sent once per update on a chosen point to the residents who follow its wijk (and did not send
     the point in: they get uitvoering_nl.ftl). Model: wijk, title (the published point's title),
     status, statusLabel, planned (may be empty), text (written by the municipality), link (may be
     empty), stop (the link that ends the mails), oneClick (where a mail program stops them with
     one POST, List-Unsubscribe; may be empty). B1 Dutch. --]
[#assign subject = "Nieuws uit ${wijk}: ${title} (${statusLabel?lower_case})"]
[#if oneClick?has_content][#assign unsubscribe = oneClick][/#if]
Beste inwoner,

Er is nieuws over een gekozen verbeterpunt in ${wijk}.

Verbeterpunt: ${title}
Status: ${statusLabel}
[#if planned?has_content]
Verwacht klaar: ${planned}
[/#if]

${text}
[#if link?has_content]

Hoe het gaat met alle punten: ${link}
[/#if]

U krijgt dit bericht omdat u vroeg om berichten over ${wijk}.
Wilt u geen berichten meer? Klik dan op deze link:
${stop}

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
