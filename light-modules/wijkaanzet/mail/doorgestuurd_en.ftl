[#ftl output_format="plainText"]
[#-- Tells the submitter their point was forwarded. Model as in doorgestuurd_nl.ftl; route is
     Dutch ("per e-mail", "via Signalen") and is not used here. --]
[#assign subject = "Your report was forwarded to ${organisation} (${reference})"]
Dear resident,

Thank you for your point for ${wijk}.
Reference number: ${reference}

Your point is about something broken, dirty or unsafe in the neighbourhood.
${organisation} usually fixes such things faster than the campaign can, so we
have forwarded your point to ${organisation}. They will take it from here.

Your point will not be published on the Wij(k) aan zet! website and cannot be
voted on. Do you have another idea for your neighbourhood? Please send it in.

Questions? Reply to this e-mail and mention your reference number.
[#if link?has_content]
More about Wij(k) aan zet!: ${link}
[/#if]

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
