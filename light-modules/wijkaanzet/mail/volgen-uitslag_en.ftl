[#ftl output_format="plainText"]
[#-- English version of volgen-uitslag_nl.ftl; same model. The points' titles stay as they were
     published. --]
[#assign subject = "The results for ${wijk}"]
[#if oneClick?has_content][#assign unsubscribe = oneClick][/#if]
Dear resident,

The results for ${wijk} are in. ${ballots} [#if ballots == 1]resident[#else]residents[/#if] voted.
[#if chosen?has_content]

These improvement points were chosen. The municipality will carry them out:
[#list chosen as point]
- ${point.title} (${point.votes} [#if point.votes == 1]vote[#else]votes[/#if])
[/#list]

We will e-mail you when there is news about how they are carried out.
[#else]

No improvement point was chosen in ${wijk}.
[/#if]
[#if link?has_content]

All results: ${link}
[/#if]

You get this message because you asked for news about ${wijk}.
No more news? Click this link:
${stop}

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
