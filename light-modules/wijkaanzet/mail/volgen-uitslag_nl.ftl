[#ftl output_format="plainText"]
[#-- Sent once to each follower of a wijk when the results are published. Model: wijk, chosen
     (list of {title, votes}: the published titles of the chosen points, may be empty), ballots
     (how many residents of the wijk voted), link (may be empty), stop (the link that ends the
     mails), oneClick (where a mail program stops them with one POST, List-Unsubscribe; may be
     empty). B1 Dutch. --]
[#assign subject = "De uitslag voor ${wijk}"]
[#if oneClick?has_content][#assign unsubscribe = oneClick][/#if]
Beste inwoner,

De uitslag voor ${wijk} is bekend. ${ballots} [#if ballots == 1]inwoner heeft[#else]inwoners hebben[/#if] gestemd.
[#if chosen?has_content]

Deze verbeterpunten zijn gekozen. De gemeente gaat ze uitvoeren:
[#list chosen as point]
- ${point.title} (${point.votes} [#if point.votes == 1]stem[#else]stemmen[/#if])
[/#list]

Wij sturen u een bericht als er nieuws is over de uitvoering.
[#else]

In ${wijk} is geen verbeterpunt gekozen.
[/#if]
[#if link?has_content]

De hele uitslag: ${link}
[/#if]

U krijgt dit bericht omdat u vroeg om berichten over ${wijk}.
Wilt u geen berichten meer? Klik dan op deze link:
${stop}

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
