[#ftl output_format="plainText"]
[#-- English version of volgen_nl.ftl; same model. --]
[#assign subject = "Confirm that you want news about ${wijk}"]
Dear resident,

You asked for news about the improvement points in ${wijk}:
which points were chosen and how the municipality carries them out.

Please confirm by clicking this link:

${link}

On that page, click "Yes, send me news".
The link works for ${days} days. You can also open it on another computer or phone.

Did you not ask for this? Then someone else entered your e-mail address.
You do not need to do anything: without confirmation you will not get any news.

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
