[#ftl output_format="plainText"]
[#-- The link that confirms a request for news about a wijk (double opt-in). Model: wijk, link,
     days (how long the link works). B1 Dutch. Nobody confirmed the address yet, so the mail
     repeats nothing the resident typed. --]
[#assign subject = "Bevestig dat u berichten wilt over ${wijk}"]
Beste inwoner,

U wilt berichten krijgen over de verbeterpunten in ${wijk}:
welke punten gekozen zijn en hoe de gemeente ze uitvoert.

Bevestig dit met een klik op deze link:

${link}

Op die pagina klikt u op "Ja, stuur mij berichten".
De link werkt ${days} dagen. U kunt hem ook op een andere computer of telefoon openen.

Heeft u dit niet gevraagd? Dan heeft iemand anders uw e-mailadres ingevuld.
U hoeft niets te doen: zonder bevestiging krijgt u geen berichten.

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
