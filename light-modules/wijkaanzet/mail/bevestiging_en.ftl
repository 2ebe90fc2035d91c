[#ftl output_format="plainText"]
[#-- English version of bevestiging_nl.ftl; same model, and likewise nothing the resident typed. --]
[#assign subject = "Thank you for your suggestion (${reference})"]
Dear resident,

Thank you for your suggestion for the ${wijk} neighbourhood. We have
received it.

Your reference number: ${reference}

Please mention this number if you contact us.

Did you not send in this suggestion yourself? Then someone else typed in
your e-mail address. You need not do anything. Reply to this e-mail if you
want us to remove the suggestion.

What happens next?

1. We read all suggestions. Is yours much like another one? Then we join
   them into one. Is it about something broken or dirty in the street?
   Then we pass it on to Stadswerk072. We will e-mail you if that happens.
[#if publishedIn?has_content]
2. In ${publishedIn} we put the suggestions on the website.
[#else]
2. After that we put the suggestions on the website.
[/#if]
[#if pointLink?has_content]
   Your suggestion will then be here: ${pointLink}
[/#if]
3. Then everyone who lives in ${wijk} can vote for the suggestions of
   their neighbourhood. The municipality checks whether the suggestions
   with the most votes can be carried out. After that you will hear which
   ones we will carry out.
[#if link?has_content]

More information: ${link}
[/#if]

We only use your name and e-mail address for Wij(k) aan zet!. We do not
put them on the website and we do not give them to others.

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
