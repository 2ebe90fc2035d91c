[#ftl output_format="plainText"]
[#-- English version of uitvoering_nl.ftl; same model. The update's text stays as the municipality
     wrote it. --]
[#assign statuses = {"gepland": "Planned", "in-uitvoering": "In progress", "vertraagd": "Delayed", "gerealiseerd": "Done"}]
[#assign subject = "News about your improvement point (${reference}): ${(statuses[status]!statusLabel)?lower_case}"]
Dear resident,

There is news about the improvement point in ${wijk} that you sent in and that was chosen.
Reference number: ${reference}

Status: ${statuses[status]!statusLabel}
[#if planned?has_content]
Expected to be ready: ${planned}
[/#if]

${text}

Do you have questions? Reply to this e-mail and mention your reference number.
[#if link?has_content]
How all points are going: ${link}
[/#if]

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
