[#ftl output_format="plainText"]
[#-- Tells a submitter their point was combined. Model as in samengevoegd_nl.ftl. --]
[#assign subject = "Your suggestion was combined with a similar one (${reference})"]
Dear resident,

Thank you for your suggestion for ${wijk}.
Reference number: ${reference}

Other residents sent in almost the same suggestion. We have combined these
into one, so that the votes are not split:

[#if targetTitle?has_content]
${targetTitle}
[/#if]
Reference number: ${targetReference}
[#if targetLink?has_content]
See the suggestion: ${targetLink}
[/#if]

Your suggestion counts as one of the senders of this point. You need not do
anything. Do you think your suggestion is different after all? Reply to this
e-mail and mention your reference number, and we will look at it again.

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
