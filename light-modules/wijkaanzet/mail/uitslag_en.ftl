[#ftl output_format="plainText"]
[#-- English version of uitslag_nl.ftl; same model. The explanation stays as the municipality wrote it. --]
[#assign subject = "The result for your improvement point (${reference})"]
Dear resident,

The municipality has announced the results of Wij(k) aan zet! in ${wijk}.
This is what happens with your improvement point.
Reference number: ${reference}
[#if merged]
Your point was merged with a point that asks for almost the same (${mergedInto}).
Below is the result of that point.
[/#if]

[#if chosen]
Your point was chosen. It received ${votes} [#if votes == 1]vote[#else]votes[/#if] and the municipality will carry it out.
We will let you know how the work is going.
[#elseif standing == "niet-haalbaar"]
The municipality cannot carry out your point. It checked whether it is
feasible and affordable.
[#elseif standing == "niet-beoordeeld"]
Your point was not chosen. It received ${votes} [#if votes == 1]vote[#else]votes[/#if].
The municipality did not check in time whether it can be done, so it could not be chosen.
[#else]
Your point was not chosen. It received ${votes} [#if votes == 1]vote[#else]votes[/#if]. Other points in your neighbourhood had more votes, or as many: then the municipality chose.
[/#if]
[#if verdict?has_content]

[#assign verdicts = {"haalbaar": "Feasible", "voorwaarden": "Feasible under conditions", "niet-haalbaar": "Not feasible"}]
The municipality's verdict: ${verdicts[verdictId]!verdict}
[#if motivation?has_content]
${motivation}
[/#if]
[/#if]

Do you have questions? Reply to this e-mail and mention your reference number.
[#if link?has_content]
All results: ${link}
[/#if]

Kind regards,

Municipality of Alkmaar
Wij(k) aan zet!
