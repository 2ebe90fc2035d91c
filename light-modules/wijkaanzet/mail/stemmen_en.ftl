[#ftl output_format="plainText"]
[#-- The link that confirms a ballot sent with an e-mail address. Model: wijk, choices, link,
     hours. Nothing the resident typed goes into this mail. --]
[#assign subject = "Confirm your vote for ${wijk}"]
Dear resident,

You voted for ${choices} [#if choices == 1]point[#else]points[/#if] for the wijk ${wijk}.
Your vote only counts once you confirm it. Click this link:

${link}

That page shows your choice once more. Click "Confirm my vote" there.
The link works for ${hours} hours and once. You can also open it on
another computer or phone.

Did you not vote? Then someone else typed in your e-mail address.
You need not do anything: without a confirmation the vote does not count.

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
