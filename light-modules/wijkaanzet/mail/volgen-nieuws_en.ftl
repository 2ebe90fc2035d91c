[#ftl output_format="plainText"]
[#-- English version of volgen-nieuws_nl.ftl; same model. The point's title and the update's text
     stay as they were written. --]
[#assign statuses = {"gepland": "Planned", "in-uitvoering": "In progress", "vertraagd": "Delayed", "gerealiseerd": "Done"}]
[#assign subject = "News from ${wijk}: ${title} (${(statuses[status]!statusLabel)?lower_case})"]
[#if oneClick?has_content][#assign unsubscribe = oneClick][/#if]
Dear resident,

There is news about a chosen improvement point in ${wijk}.

Improvement point: ${title}
Status: ${statuses[status]!statusLabel}
[#if planned?has_content]
Expected to be ready: ${planned}
[/#if]

${text}
[#if link?has_content]

How all points are getting on: ${link}
[/#if]

You get this message because you asked for news about ${wijk}.
No more news? Click this link:
${stop}

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
