[#ftl output_format="plainText"]
[#-- The link that confirms a ballot sent with an e-mail address. Model: wijk, choices (how many
     points were chosen), link, hours (how long the link works). B1 Dutch.
     Nothing the resident typed goes into this mail, not even the titles they chose: the address
     was typed in too and nobody confirmed it yet. --]
[#assign subject = "Bevestig uw stem voor ${wijk}"]
Beste inwoner,

U heeft gestemd op ${choices} [#if choices == 1]punt[#else]punten[/#if] voor de wijk ${wijk}.
Uw stem telt pas als u hem bevestigt. Klik daarvoor op deze link:

${link}

Op die pagina ziet u uw keuze nog een keer. Klik daar op "Bevestig mijn stem".
De link werkt ${hours} uur en één keer. U kunt hem ook op een andere
computer of telefoon openen.

Heeft u niet gestemd? Dan heeft iemand anders uw e-mailadres ingevuld.
U hoeft niets te doen: zonder bevestiging telt de stem niet.

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
