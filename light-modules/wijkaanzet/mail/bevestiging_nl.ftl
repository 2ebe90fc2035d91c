[#ftl output_format="plainText"]
[#-- Confirmation after a resident submitted a verbeterpunt. Model: wijk, reference, pointLink
     (may be empty: where the point will be on the wijk page once published), link (may be
     empty), publishedIn (may be empty, e.g. "mei"). B1 Dutch.
     Nothing the resident typed (name, title, text) goes into this mail: the address was typed in
     too and nobody confirmed it, so the mail must not repeat someone else's words to a stranger. --]
[#assign subject = "Bedankt voor uw verbeterpunt (${reference})"]
Beste inwoner,

Bedankt voor uw verbeterpunt voor de wijk ${wijk}. We hebben het goed
ontvangen.

Uw referentienummer: ${reference}

Noem dit nummer als u contact met ons opneemt.

Heeft u dit punt niet zelf ingestuurd? Dan heeft iemand anders uw
e-mailadres ingevuld. U hoeft niets te doen. Antwoord op deze e-mail als u
wilt dat wij het punt verwijderen.

Wat gebeurt er nu?

1. Wij lezen alle verbeterpunten. Lijkt uw punt veel op een ander punt?
   Dan maken we er één punt van. Gaat het over iets dat kapot of vies is
   op straat? Dan sturen we het door naar Stadswerk072. U krijgt een
   e-mail als dat gebeurt.
[#if publishedIn?has_content]
2. In ${publishedIn} zetten we de verbeterpunten op de website.
[#else]
2. Daarna zetten we de verbeterpunten op de website.
[/#if]
[#if pointLink?has_content]
   Uw punt staat dan hier: ${pointLink}
[/#if]
3. Dan kunnen alle inwoners van ${wijk} stemmen op de punten van hun
   wijk. De gemeente kijkt of de punten met de meeste stemmen kunnen.
   Daarna hoort u welke punten we gaan uitvoeren.
[#if link?has_content]

Meer weten? Kijk op ${link}
[/#if]

Uw naam en e-mailadres gebruiken we alleen voor Wij(k) aan zet!. We zetten
ze niet op de website en we geven ze niet aan anderen.

Met vriendelijke groet,

Gemeente Alkmaar
Wij(k) aan zet!
