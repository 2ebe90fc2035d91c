[#ftl output_format="plainText"]
[#-- Sent when moderators reject a verbeterpunt. Model as in afgewezen_nl.ftl. --]
[#assign subject = "Your suggestion will not be published (${reference})"]
Dear resident,

Thank you for your suggestion for the neighbourhood ${wijk}.
Reference number: ${reference}

We have looked at your suggestion. It will not be published on the website and
it cannot be voted on. The reason:

${reason}
[#if explanation?has_content]

Explanation:
${explanation}
[/#if]

Questions? Reply to this e-mail and mention your reference number.
[#if link?has_content]
More about Wij(k) aan zet!: ${link}
[/#if]

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
