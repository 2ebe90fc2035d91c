[#ftl output_format="plainText"]
[#-- A report about the public space, forwarded by moderators to the organisation that handles
     them (Stadswerk072). Model: organisation, reference, title, description, location (may be
     empty), category, wijk, submittedAt. The resident's name and e-mail are not passed on: their
     consent covers being kept informed, not sharing. --]
[#assign subject = "Melding openbare ruimte uit Wij(k) aan zet! (${reference})"]
Beste collega's van ${organisation},

Een inwoner stuurde dit in bij Wij(k) aan zet!. Het is geen verbeterpunt voor
de campagne, maar een melding over de openbare ruimte. Wilt u het oppakken?

Referentie: ${reference}
Wijk: ${wijk}
Onderwerp: ${category}
[#if location?has_content]
Plek: ${location}
[/#if]
Ingestuurd op: ${submittedAt}

${title}

${description}

De melder weet dat de melding naar u is doorgestuurd. Wilt u de melder iets
vragen of laten weten? Antwoord dan op deze e-mail en noem de referentie. Wij
geven het door.

Met vriendelijke groet,

Moderatie Wij(k) aan zet!
Gemeente Alkmaar
