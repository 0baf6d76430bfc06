# rapport – brukergrensesnitt, norsk bokmål (engelsk brukes der en tekst mangler).
# Hold hver tekst kort: den leses med et raskt blikk, midt i samtalen, ofte i 80 kolonner.

## Topplinje
header-remaining = { $time } igjen
header-overtime = { $time } over tiden
header-section = { $section }: { $time } igjen
header-section-over = { $section }: { $time } over
pace-behind = { $time } bak skjema
pace-ahead = { $time } foran skjema
pace-on-time = i rute
clock-paused = PAUSE
clock-ended = SLUTT
clock-not-started = ikke startet
header-panelist = som { $name }
header-panelist-changed = som { $name } (var { $was } her)

## Lagringsstatus
save-saved = ✓ lagret
save-failed = ✗ IKKE LAGRET siden { $since }: { $reason }. Ingenting etter det er lagret på disk.
save-draft = utkast bevart

## Paneler
panel-agenda = Agenda
panel-question = Spørsmål
panel-notes = Notater
panel-editor = Nytt: { $kind }
notes-empty = Ingen notater ennå. Bare skriv i vei.
notes-count = { $count ->
    [one] 1 notat
   *[other] { $count } notater
}

## Spørsmålet
question-none = Ingen planlagte spørsmål her.
question-look-for = Se etter
question-follow-ups = Oppfølging
question-red-flags = Røde flagg
question-green-flags = Grønne flagg
question-fallback = (på engelsk: ingen tekst på { $lang })
question-position = Spørsmål { $n } av { $total }

## Notattyper
kind-note = notat
kind-quote = sitat
kind-red-flag = rødt flagg
kind-green-flag = grønt flagg
kind-follow-up = oppfølging
kind-check-with-reference = sjekk med referanse
kind-feedback = til kandidaten

## Skrivefelt
editor-placeholder = Skriv for å notere. { $key } lagrer.

## Statuslinje

## Hjelpevindu
help-title = Taster
help-close = Lukk hjelpen
help-commit = Lagre notatet
help-newline = Ny linje i notatet
help-next-question = Neste spørsmål (det som vises, regnes som stilt)
help-previous-question = Forrige spørsmål
help-skip-question = Hopp over spørsmålet
help-next-kind = Neste notattype
help-pause = Stopp eller start klokken
help-next-section = Neste del
help-help = Denne hjelpen
help-quit = Avslutt (spør først)
help-quit-now = Avslutt nå (alt er lagret)
help-scroll-notes = Velg et eldre notat
help-scroll-notes-down = Velg et nyere notat

## Dialoger
confirm-quit = Avslutte rapport? Alt er lagret, og notatet du holder på med, tas vare på som utkast.
too-small = Terminalen er for liten: { $width }×{ $height }. Gjør den minst { $min-width }×{ $min-height }.
downtime-title = rapport var lukket
downtime-question = rapport var ikke i gang på { $gap } (siden { $since }). Fortsatte intervjuet i mellomtiden?

## Startside
home-tagline = spørsmål, klokke og notater ved siden av et intervju
home-sessions = Siste intervjuer
home-none = Ingen intervjuer ennå. Trykk n for å starte et, eller d for å prøve demoen.
home-open = pågår · { $time }
home-ended = avsluttet · { $time }
form-title = Nytt intervju
form-candidate = Kandidat
form-format = Format
form-lang = Spørsmål på
form-also = Vis også
form-panelist = Ditt navn
form-none = —
form-need-candidate = Skriv inn kandidatens navn først.

## Demointervjuet
demo-candidate = Maja Hansen (demo)
demo-note-1 = Vil lære opp nye kolleger innen et år, og har en plan for det
demo-note-2 = Fikk ned gjentatte henvendelser med en femtedel i forrige jobb – med tall
demo-note-3 = «Jeg spør heller to ganger enn å gjette.»
demo-note-4 = Vag om hvorfor hun sluttet i forrige team
demo-note-5 = Spør tidligere leder om etterslepet i mars
demo-note-6 = Eksempelet ditt om å få ned antallet gjentatte henvendelser var konkret og godt fortalt: hva som skjedde, hva du gjorde, og hva det førte til.
demo-note-7 = Spør hvordan hun holder kvaliteten oppe med tretti chatter i kø
demo-answer-1 = Vil stå for opplæringen av nye kundebehandlere og måle den ut fra kvalitetsscorene deres den første måneden.
demo-answer-2 = Ønsker mer ansvar for opplæring, og et team som deler det de lærer.
demo-answer-3 = Kolleger ville trukket fram tålmodigheten hennes i vanskelige samtaler og hvor klart hun skriver.
demo-rationale = Tydelig, varm og konkret; sjekk med tidligere leder hvordan hun sluttet i forrige team.
demo-manager-1 = Eva Strand
demo-manager-2 = Lars Moe
demo-colleague-1 = Sara Holm
demo-colleague-2 = Tom Berg
demo2-candidate = Jonas Lind (demo)
demo2-panelist = Kim
demo2-title-1 = Kundebehandler
demo2-title-2 = Senior kundebehandler, chatteamet
demo2-title-3 = Teamleder, retur
demo2-manager-1 = Eva Strand
demo2-manager-2 = Lars Moe
demo2-manager-3 = Sara Holm
demo2-reference = Ledet prosjektet med chatetterslepet sammen med ham; kan si noe om hvordan han takler press.
demo2-note-1 = Ansatt for å ta unna en telefonkø som lå tre dager etter
demo2-note-2 = Fikk chatetterslepet ned fra 400 til 40 på to måneder, og holdt det der
demo2-note-3 = «Sjefen min overlot de sinte kundene til meg.»
demo2-note-4 = Byttet stilling fordi returteamet manglet leder; tok rollen selv
demo2-note-5 = Snakker om teamet som «vi» hele veien; nevner kolleger ved navn
demo2-note-6 = Uklart hvordan han målte kvalitet før det nye verktøyet kom
demo2-answer-1 = Lagde chatteamets første kvalitetssjekkliste, som senere ble tatt i bruk i hele selskapet.

## 1–10-regelen
ratings-title = Hvilken karakter fra 1 til 10 ville de gitt deg?
ratings-manager = Leder { $n }
ratings-colleague = Kollega { $n }
class-incomplete = Ufullstendig: spør etter resten
class-lacks-self-awareness = Bare 10-ere: mangler selvinnsikt
class-may-have-overstated = Minst halvparten 7 eller lavere: kan ha overdrevet
class-credible = Stort sett 8 og 9: troverdig
class-mixed = Blandet: grav videre
help-ratings = 1–10-regelen: forventede karakterer

## Den kronologiske gjennomgangen
role-add-title = Legg til en stilling fra CV-en
role-employer = Arbeidsgiver
role-job-title = Stilling
role-from = Fra
role-to = Til
role-manager = Leder
role-line = { $employer } – { $title }
role-time-each = omtrent { $time } per stilling som gjenstår
role-none-yet = Ingen stillinger ennå: { $key } legger til den første fra CV-en.
reference-title = Ringe denne lederen som referanse?
reference-reason = Hvorfor (en suksess, en utfordring, et viktig samarbeid)
help-add-role = Gjennomgang: legg til en stilling
help-reference = Gjennomgang: merk lederen for referansesamtale

## Svar og endringer i notater
answer-title = Svaret, kort oppsummert
answer-label = Oppsummering
note-edit-title = Endre notatet fra { $time }
note-edit-label = Notat
help-answer = Oppsummer svaret på én linje
help-edit-note = Endre eller slett valgt notat, eller det nyeste

## Finn et spørsmål
search-title = Finn et spørsmål
search-prompt = Søk
search-planned = planlagt
search-bank = fra en bank
search-none = Ingen treff.
help-search = Finn et spørsmål, eller hent ett fra bankene

## rapport list (ren tekst, for rør og skript)
list-id = ID
list-candidate = KANDIDAT
list-role = STILLING
list-format = FORMAT
list-created = OPPRETTET
list-state = STATUS
list-notes = NOTATER
list-damaged = skadet, resume reparerer den
list-empty = Ingen intervjuer ennå. Start et med:
list-example = rapport new --candidate "Kari Nordmann"
list-hint = Start et: rapport new --candidate NAVN · Fortsett: rapport resume ID · Hjelp: rapport --help
list-skipped = rapport: utelot en økt som ikke kan leses: { $error }
form-plan = Stilling

## rapport plans / banks (content tools)
content-plan = PLAN
content-rubric = VURDERINGSSKJEMA
content-formats = FORMATER
persona-mission = Oppdraget
persona-outcomes = Resultater vi forventer
persona-competencies = Kompetanse
persona-culture = Slik jobber vi
plans-rubric = Vurderingsskjema: { $rubric } v{ $version }
plans-minutes = { $minutes } min
plans-fill = spørsmål ≈ { $minutes } min
plans-fill-per-role = spørsmål ≈ { $minutes } min per stilling
banks-category = kategori
banks-all = alle
banks-total = totalt
banks-builtin = innebygd
banks-yours = din egen

## The feedback draft for the candidate (in the interview language)
feedback-thanks = Hei { $candidate }, og takk for at du tok deg tid til å snakke med oss. Her er en kort oppsummering av inntrykkene våre fra intervjuet.
feedback-strength = Ditt sterkeste område: { $criterion }. { $description }
feedback-growth = Et område du kan utvikle videre: { $criterion }. { $description }
feedback-notes = Noen ting vi gjerne vil gi deg med på veien:
feedback-close = Takk igjen for at du er interessert i å jobbe hos oss.

## Eksport (Markdown, HTML, CSV) og senere skjermbildene for vurdering og oppsummering
export-interview = Intervju
export-format = Format
export-date = Dato
export-duration = Varighet
export-duration-value = { $spent } (planlagt { $planned })
export-duration-open = { $spent } (planlagt { $planned }, ikke avsluttet)
export-rubric = Vurderingsskjema
export-rubric-value = { $title } ({ $id }, versjon { $version })
export-languages = Spørsmål på
export-panel = Intervjuere
export-summary = Oppsummering
export-panelist = Intervjuer
csv-session = Intervju
csv-candidate = Kandidat
csv-date = Dato
csv-plan = Plan
csv-format = Format
csv-criterion-id = Kriterie-ID
export-weighted = Vektet score
export-coverage = Dekningsgrad
export-recommendation = Anbefaling
export-status = Status
export-submitted = sendt inn
export-draft = ikke sendt inn
debrief-title = Felles gjennomgang
debrief-spread = Sprik
debrief-disputes = Uenigheter ({ $count }): nivåer som spriker med { $spread } eller mer, eller anbefalinger som er delt mellom nei og ja. Snakk gjennom dem, eller avgjør dem med et nytt intervju.
debrief-no-disputes = Ingen uenigheter: ingen nivåer spriker med { $spread } eller mer, og anbefalingene er ikke delt mellom nei og ja.
debrief-split = delt
debrief-consensus = Felles beslutning
debrief-no-consensus = Ikke registrert ennå.
debrief-blind = Du har ikke sendt inn ennå: bare dine egne vurderinger vises.
debrief-timeline = Panelets notater
decision-hire = Ansettes
decision-no-hire = Ansettes ikke
decision-second-interview = Nytt intervju
debrief-decided = { $decision }, registrert av { $by }
compare-title = Sammenligning av kandidatene
compare-none = Ingen vurderte intervjuer etter denne planen ennå.
compare-best = Fet skrift: det beste nivået per kriterium. Bare innsendte vurderinger teller; nivåene er gjennomsnitt for hele panelet og alle kandidatens intervjuer.
compare-best-screen = Uthevet: det beste nivået per kriterium. Bare innsendte vurderinger teller; nivåene er gjennomsnitt for hele panelet og alle kandidatens intervjuer.
compare-open = Vurderinger som ikke er sendt inn ennå, og derfor ikke teller med: { $count }.
calibration-title = Kalibrering
calibration-sessions = Intervjuer som teller med: { $count } (minst to intervjuere, og alle har sendt inn).
calibration-alpha = Samsvar (α, ordinal)
calibration-units = Enheter
calibration-reading = Tolkning
calibration-all = Alle kriterier
calibration-reliable = pålitelig
calibration-tentative = foreløpig
calibration-not-yet = ikke pålitelig ennå
calibration-undefined = for lite grunnlag
calibration-guidance = Krippendorffs alfa: 1 er fullt samsvar, 0 er ikke bedre enn tilfeldig. Fra 0,800 brukes vurderingsskjemaet pålitelig; fra 0,667 er konklusjonene foreløpige; under det er det ikke pålitelig ennå. En enhet er én kandidat vurdert på ett kriterium.
calibration-leniency = Mildhet
calibration-pairs = Par
calibration-leniency-means = Mildhet er gjennomsnittlig forskjell mellom en intervjuers nivå og en annen intervjuers nivå for samme kandidat og kriterium: over 0 gir hen høyere nivåer enn resten av panelet, under 0 lavere.
references-title = Referansesamtaler
references-referee = Referanse
references-where = Stilling
references-called = Ringt
references-predicted = Kandidatens anslag
references-actual = Referansens karakter
references-gap = Avvik
references-reading = Tolkning
references-consent = Samtykke
references-consent-given = registrert
references-consent-missing = ikke registrert
references-agree-consistent = samsvarer
references-agree-over = under anslaget
references-agree-under = over anslaget
references-agree-open = ikke sammenlignet ennå
references-consistent = Alle referansene ga en karakter innenfor ett poeng fra kandidatens anslag: kandidaten vet hvordan hen blir oppfattet, et tegn på god selvinnsikt.
references-overestimated = En referanse ga kandidaten 2 poeng eller mer under anslaget: spør nærmere om den stillingen.
references-underestimated = Referansene ga kandidaten 2 poeng eller mer over anslaget, ingen under: kandidaten vurderer seg selv beskjedent.
references-not-yet = Ingen referanse har både et anslag og en karakter ennå.
references-rule = Et avvik på høyst { $within } poeng fra anslaget regnes som samsvar. Som med 1–10-regelen er dette en grunn til å spørre hvorfor, aldri en konklusjon.
references-levels = Nivåer i vurderingsskjemaet: intervjuerne og referansene
references-panel = Intervjuerne
references-line = { $referee } ({ $where }): anslått { $predicted }, gitt { $actual } — { $reading }
references-as-panelist = { $referee } (referanse)
compare-references = Referanser
debrief-status-submitted = sendt inn
debrief-status-scoring = vurderer
debrief-decide = Panelets beslutning
debrief-not-submitted = Ikke sendt inn ennå: { $panelists }. Du kan likevel registrere beslutningen.
debrief-why = Begrunnelse ({ $key } lagrer beslutningen):
help-debrief = Felles gjennomgang: panelets vurderinger side om side, og beslutningen
hint-debrief = gjennomgang
help-anchors = Vis eller skjul nivåbeskrivelsene for dette kriteriet
hint-anchors = nivåer
help-panel-notes-up = Tidligere notater fra panelet
help-panel-notes-down = Senere notater fra panelet
hint-panel-notes = notater
help-decide = Registrer panelets beslutning
hint-decide = beslutning
help-back-to-summary = Tilbake til oppsummeringen
help-decision-up = Forrige beslutning
help-decision-down = Neste beslutning
hint-decision = velg
blind-title = Skjult til du har sendt inn
blind-withheld = { $panelist }: { $submitted ->
        [yes] har sendt inn
       *[no] har ikke sendt inn ennå
    }. Skjult til du har sendt inn dine egne – notater: { $notes }, vurderinger: { $scored }.
export-rationale = Begrunnelse
export-formula = Vektet score = Σ (vekt × nivå) ÷ Σ vekt, for kriteriene som har fått 1–4. Dekningsgrad = andelen av den samlede vekten som er vurdert.
export-self-awareness = 1–10-regelen
export-scores = Vurderinger
export-criterion = Kriterium
export-weight = Vekt
export-mean = Snitt
export-evidence = Belegg
export-not-scored = ikke vurdert
export-no-evidence = ingen belegg ennå
export-time = Tid per del
export-section = Del
export-planned = Planlagt
export-spent = Brukt
export-flags = Røde og grønne flagg
export-roles = Stillinger i gjennomgangen
export-manager = leder
export-call-reference = ringes som referanse
export-follow-ups = Oppfølging
export-notes = Notater
export-story = Intervjuet, slik det gikk
export-asked = stilt
export-skipped = hoppet over
export-not-asked = ikke kommet til
export-added = hentet inn
export-answer = Svar
export-question-counts = Spørsmål: { $asked } stilt · { $skipped } hoppet over · { $added } hentet inn · { $open } ikke kommet til
export-section-notes = Notater om delen som helhet
export-other-notes = Andre notater
export-ratings-who = Hvem
export-ratings-name = Navn
export-ratings-rating = Forventet karakter
export-feedback = Utkast til tilbakemelding til kandidaten
export-feedback-hint = Et utgangspunkt på intervjuspråket, som bør redigeres før det sendes. Bygger kun på vurderingsskjemaet og notatene som er merket for kandidaten.
export-review = Sjekk før du deler
fairness-age = alder
fairness-gender = kjønn
fairness-pregnancy-family = graviditet og familieplaner
fairness-marital-status = sivilstand
fairness-religion = religion
fairness-ethnicity-origin = etnisk eller nasjonal opprinnelse (også aksent)
fairness-health-disability = helse og funksjonsnedsettelse
fairness-sexual-orientation = seksuell orientering
fairness-union-membership = fagforeningsmedlemskap
fairness-school-prestige = skolens prestisje
fairness-why-age = Alder skal ikke spille noen rolle i vurderingen.
fairness-why-gender = Kjønn skal ikke spille noen rolle i vurderingen.
fairness-why-pregnancy-family = Graviditet, barn og familieplaner skal verken etterspørres eller vektlegges.
fairness-why-marital-status = Sivilstand har ingenting med jobben å gjøre.
fairness-why-religion = Religion og livssyn skal ikke spille noen rolle i vurderingen.
fairness-why-ethnicity-origin = Vurder hvor tydelig kandidaten kommuniserer, aldri bakgrunn eller aksent.
fairness-why-health-disability = Helse og funksjonsnedsettelse skal verken kartlegges eller noteres.
fairness-why-sexual-orientation = Seksuell orientering hører ikke hjemme i en vurdering.
fairness-why-union-membership = Fagforeningsmedlemskap skal ikke spille noen rolle i vurderingen.
fairness-why-school-prestige = Vurder ferdigheter og dokumentasjon, ikke navnet på skolen.
review-note = Notat av { $author } ved { $time }
review-answer = Svar på «{ $question }»
review-rationale = Begrunnelsen til { $panelist }
review-consensus = Begrunnelsen for panelets beslutning
review-found = { $category } («{ $words }»): { $why }
review-not-quoted = Holdt utenfor utkastet til tilbakemelding.
review-names-candidate = Kandidatens navn står i fritekst ({ $count }): eksporter med --redact for å erstatte det med initialer.
review-names-referees = Navn på referanser står i fritekst ({ $count }): --redact erstatter dem også.
review-checked = Ingenting flagget. Notater ({ $notes }), svaroppsummeringer ({ $answers }) og begrunnelser ({ $rationales }) er sjekket for omtale av { $categories }, på alle fem språkene.
editor-fairness = ⚑ se over: { $categories }
export-none = Ingen.
export-timeline = Tidslinje
export-legend-section = en ny del begynner
export-minutes = { $minutes } min
export-footer = Laget med rapport { $version } · eksportert { $date }
export-redacted = Navn byttet ut med initialer, e-postadresser og telefonnumre skjult: { $count }
redacted-email = [e-post]
redacted-phone = [telefon]
rec-strong-no = Klart nei
rec-no = Nei
rec-yes = Ja
rec-strong-yes = Klart ja

## Skjermbildet for vurdering
help-scoring = Vurder kandidaten etter vurderingsskjemaet
scoring-title = Vurdering
scoring-as = som { $panelist }
scoring-level = Nivå
scoring-not-assessed-short = i.v.
scoring-feeding = { $count ->
    [one] Det er skrevet ett notat under spørsmål som belyser dette kriteriet (merket ◆ når du velger belegg).
   *[other] Det er skrevet { $count } notater under spørsmål som belyser dette kriteriet (merket ◆ når du velger belegg).
}
scoring-evidence-for = Belegg for { $criterion }
scoring-rationale = Hvorfor denne anbefalingen? ({ $key } lagrer)
scoring-total = Vektet score { $score } · dekningsgrad { $coverage }
scoring-lacking = uten belegg: { $criteria }

# The summary and the end of an interview
help-summary = Oppsummering: vurderinger, tid, flagg og eksport
help-end = Avslutt intervjuet (viser først hva som gjenstår)
summary-more = ↓ mer nedenfor
summary-title = Oppsummering
summary-not-ended = Intervjuet pågår fortsatt: avslutt med { $key }.
summary-exported = Lagret i { $path }
summary-export-failed = Ikke lagret: { $reason }
coverage-title = Før du avslutter
coverage-complete = Alle planlagte spørsmål er stilt, og alle kriterier er vurdert med belegg.
coverage-not-asked = Spørsmål som ikke er stilt ({ $count })
coverage-not-scored = Kriterier som ikke er vurdert ({ $count })
coverage-no-evidence = Vurdert uten belegg ({ $count })
coverage-more = … og { $count } til

# Punctuation of labels and lists
label-colon = { $label }:
list-separator = {", "}

# Export and import on the command line
cli-exported = Eksportert { $what } til { $path }
cli-imported = Importert { $what } som { $id }
cli-merged = Flettet inn i { $what } – nye hendelser: { $new }, fantes fra før: { $known }
cli-invited = Invitasjon til { $what } lagret i { $path }: send den til panelet; hver enkelt blir med via `rapport join FIL --as NAVN`
cli-joined = Du er med i { $what } som { $panelist }

# Numbers
decimal-mark = ,
percent = { $n } %
quoted = «{ $text }»

## Taster: hva hjelpen sier at hver tast gjør, og bunnlinjens ord for den. Navnene på
## selve tastene (Ctrl-E, F10, Esc…) kommer fra tastene, ikke herfra.
help-kind = Velg notattype direkte: 1 notat, 2 sitat, 3 rødt flagg, 4 grønt flagg, 5 oppfølging, 6 sjekk med referanse, 7 til kandidaten
help-restore-note = Hent tilbake notatet som sist ble slettet
help-clear-selection = Fjern valget av notat
help-scroll-up = Rull opp
help-scroll-down = Rull ned
help-page-up = Én side opp
help-page-down = Én side ned
help-top = Til toppen
help-bottom = Til bunnen
help-confirm-quit = Avslutt (alt er lagret)
help-confirm-submit = Send inn vurderingene
help-confirm-delete = Slett notatet
help-confirm-end = Avslutt intervjuet
help-stay = Gå tilbake; ingenting endres
help-keep-going = Tilbake til intervjuet
help-reopen-counted = Gjenåpne; tiden siden avslutningen telles med
help-reopen-left-out = Gjenåpne; tiden siden avslutningen trekkes fra
help-downtime-went-on = Intervjuet fortsatte: tiden telles med
help-downtime-stopped = Intervjuet stoppet også: trekk fra tiden
help-export = Lagre oppsummeringen som Markdown, HTML, CSV og JSON
help-end-or-reopen = Avslutt intervjuet (når det er avsluttet: gjenåpne det)
help-back-to-interview = Tilbake til intervjuet
help-criterion-up = Forrige kriterium
help-criterion-down = Neste kriterium
help-level-down = Lavere nivå (under 1: ikke vurdert)
help-level-up = Høyere nivå
help-evidence = Velg notatene som er belegg for vurderingen
help-recommendation = Neste anbefaling
help-rationale = Skriv begrunnelsen
help-submit = Send inn vurderingene dine (spør først)
help-note-up = Forrige notat
help-note-down = Neste notat
help-pick = Velg eller fjern notatet
help-evidence-done = Ferdig: lagre de valgte notatene
help-save-form = Lagre
help-cancel = Avbryt
help-next-field = Neste felt
help-previous-field = Forrige felt
help-edit-kind = Endre notattypen
help-delete-note = Slett notatet (spør først)
help-match-up = Forrige treff
help-match-down = Neste treff
help-go-there = Gå dit (et spørsmål fra en bank legges til i denne delen)
help-row-up = Forrige intervju
help-row-down = Neste intervju
help-continue = Fortsett intervjuet
help-new-interview = Start et nytt intervju
help-demo = Åpne demointervjuet
help-delete-session = Slett det valgte intervjuet (viser hva som slettes, og spør først)
help-confirm-delete-session = Slett for godt
hint-confirm-delete-session = slett for godt
home-delete-title = Slette intervjuet med { $candidate }?
home-delete-lists = Disse filene slettes, i tillegg til intervjuets linjer i rapports egen logg:
home-delete-warning = Dette kan ikke angres. Del sletter alt; Esc beholder det.
home-deleted = Intervjuet med { $candidate } er slettet.
home-delete-failed = Ingenting ble slettet: { $reason }
help-leave = Avslutt rapport
help-choice-left = Forrige valg
help-choice-right = Neste valg
help-start = Start intervjuet
hint-help = hjelp
hint-commit = lagre notat
hint-newline = ny linje
hint-next-kind = type
hint-next-question = neste spørsmål
hint-pause = pause
hint-scoring = vurdering
hint-summary = oppsummering
hint-end = avslutt
hint-quit = lukk
hint-scroll = bla
hint-close = lukk
hint-confirm-quit = avslutt
hint-confirm-submit = send inn
hint-confirm-delete = slett
hint-confirm-end = avslutt intervjuet
hint-stay = tilbake
hint-keep-going = fortsett
hint-reopen-counted = gjenåpne, tell med tiden
hint-reopen-left-out = gjenåpne, trekk fra tiden
hint-downtime-went-on = ja, det fortsatte
hint-downtime-stopped = nei, det stoppet også
hint-export = lagre som filer
hint-back = tilbake
hint-criterion = kriterium
hint-level = nivå
hint-evidence = belegg
hint-recommendation = anbefaling
hint-rationale = hvorfor
hint-submit = send inn
hint-note = notat
hint-pick = velg
hint-done = ferdig
hint-save = lagre
hint-cancel = avbryt
hint-next-field = neste felt
hint-delete = slett
hint-choose = velg
hint-go-there = gå dit
hint-continue = fortsett
hint-new-interview = nytt intervju
hint-demo = demo
hint-change = bytt
hint-start = start

## Bekreftelser, og hva et skjema trenger
confirm-quit-title = Avslutte rapport?
confirm-submit-title = Sende inn vurderingene?
confirm-submit = Vurderingene og anbefalingen din registreres som innsendt. Du kan fortsatt endre dem; hver endring blir registrert.
confirm-delete-title = Slette dette notatet?
confirm-delete = Det forsvinner fra tidslinjen, men blir liggende i øktens historikk. Du får det tilbake med { $key } på intervjuskjermen.
confirm-reopen-title = Gjenåpne intervjuet?
confirm-reopen = Det ble avsluttet for { $gap } siden, da klokken viste { $clock }. Har intervjuet fortsatt siden da?
role-need-employer = Arbeidsgiver må i det minste fylles ut.
answer-need-text = Skriv oppsummeringen først ({ $key } lar svaret være som det var).
note-edit-need-text = Et notat må ha tekst; vil du fjerne det, så slett det.
note-edit-kind = Type
reference-unmark = La feltet stå tomt for å fjerne merket på lederen.
ratings-invalid = 1–10, et helt tall
ratings-refused = Ingenting lagret: hver karakter må være et helt tall fra 1 til 10.
ratings-modesty = Beskjedne selvvurderinger er vanlige i nordiske, baltiske og kinesiske intervjuer: spør hvorfor før du konkluderer.
question-time-on = { $time } brukt
help-question-down = Bla ned i det du skal lytte etter, når det ikke får plass
help-question-up = Bla tilbake opp
question-more = { $count ->
        [one] én linje til
       *[other] { $count } linjer til
    } · { $key }
home-no-plans = Ingen intervjuplan er installert: det er ingenting å sammenligne.
home-no-store = Intervjuene kan ikke leses her.
home-call-is-reference = Dette er en referansesamtale: velg kandidatens intervju for å ringe en annen referanse.
home-call-none-marked = Ingen leder er merket for referansesamtale i intervjuet med { $candidate }: merk en med F8 på en stilling i gjennomgangen.
help-compare = Planen til det valgte intervjuet: kandidatene side om side, og hvor samstemte intervjuerne er
hint-compare = sammenlign
help-call-reference = Ring en referanse som det valgte intervjuet har merket (kandidatens samtykke registreres først)
hint-call-reference = referansesamtale
help-sort-left = Sorter etter kolonnen til venstre
help-sort-right = Sorter etter kolonnen til høyre
hint-sort = sorter
help-reverse-sort = Snu rekkefølgen
hint-reverse-sort = snu
help-candidate-up = Forrige kandidat (eller rull opp)
help-candidate-down = Neste kandidat (eller rull ned)
help-plan-tab = Bytt mellom kandidatene og kalibreringen
hint-plan-tab = kalibrering
help-next-plan = Neste intervjuplan
hint-next-plan = neste plan
help-open-candidate = Åpne det siste intervjuet med den valgte kandidaten
hint-open-candidate = åpne
help-back-to-list = Tilbake til listen over intervjuer
help-referee-up = Forrige referanse
help-referee-down = Neste referanse
help-start-call = Start samtalen, med samtykket slik det er skrevet inn
hint-start-call = start samtalen
calling-title = Referansesamtale om { $candidate }
calling-choose = Hvem ringer du?
calling-consent = Hvordan samtykket kandidaten til denne samtalen? (for eksempel: «sa ja på slutten av intervjuet»)
calling-need-consent = Registrer kandidatens samtykke først: en referanse kontaktes bare med samtykke.
plan-sorted-by = Sortert etter { $column }
plan-hidden-columns = { $count ->
    [one] Én kolonne til er skjult: ←→ viser den.
   *[other] { $count } kolonner til er skjult: ←→ viser dem.
}
hint-plan-tab-candidates = kandidater
referee-rating-title = Referansens karakter på { $candidate }
referee-rating-label = Karakter (1–10)
referee-rating-ask = Spør: «På en skala fra 1 til 10, hvor god er hen alt i alt?» La feltet stå tomt for å fjerne karakteren.
referee-rating-invalid = Ingenting lagret: karakteren må være et helt tall fra 1 til 10 ({ $key } lar den stå som den var).
references-consent-as-recorded = { $how } (registrert av { $by }, { $date })

## rapport resume --no-tui
resume-session = økt
resume-clock = klokke
resume-section = del
resume-notes = notater
resume-last-seen = sist aktiv
resume-unsaved = ikke lagret
resume-ended = avsluttet
resume-paused = på pause
resume-running = går
resume-clock-value = { $spent } av { $planned } ({ $status })
resume-draft = «{ $text }» (tatt vare på som utkast)

## Innstillinger, manualen, bekreftelser
config-bad = { $error }. rapport fortsetter med standardinnstillingene.
config-set = { $key } er nå { $value } (i { $path }).
config-removed = { $key } er ikke lenger satt (i { $path }).
man-installed = Manualsiden ligger i { $path }: `man rapport` åpner den (hvis ikke, legg ~/.local/share/man til i MANPATH).
delete-confirm = Slette alt dette for godt? [j/N]
confirm-yes-words = j, ja

## Spørsmålskategorier og merker (rapport banks)
category-philosophy = Servicefilosofi
category-behavioural = Atferdsspørsmål
category-situational = Situasjonsspørsmål
category-personal = Personlig
category-company = Om oss
category-deep_dive = Kronologisk gjennomgang
category-reference_check = Referansesamtale
tag-screen = kort intervju
tag-deep = dybdeintervju
tag-reference = referansesamtale
tag-practical = praktisk oppgave

## Sletting (rapport forget, rapport purge og Del på startsiden)
deletion-session = Økt { $id }, opprettet { $date }
deletion-session-named = Økt { $id } — { $what }, opprettet { $date }
deletion-index-entry = oppføringen i { $path }
deletion-unreadable = Økt { $id }: loggen kan ikke leses
deletion-stray = { $path } (etterlatt av en avbrutt skriving)
deletion-log-lines = { $count ->
    [one] 1 linje i rapports egen logg { $path }
   *[other] { $count } linjer i rapports egen logg { $path }
}
deletion-not-confirmed = Ingenting ble slettet (bekreft med --yes, eller kjør kommandoen i en terminal).
forget-need-name = --candidate trenger et navn
forget-unreadable = kunne ikke lese en økt, så filene ble søkt gjennom etter navnet i stedet: { $error }
forget-nothing = rapport har ingenting om denne kandidaten: ingenting å slette.
forget-lists = Dette sletter alt rapport har om denne kandidaten:
forget-deleted = Slettet { $files ->
    [one] 1 fil
   *[other] { $files } filer
} og { $lines ->
    [one] 1 logglinje
   *[other] { $lines } logglinjer
} om denne kandidaten.
purge-too-long = --older-than er for lang
purge-unreadable = kunne ikke lese en økt, så den ble latt være: { $error }
purge-nothing = Ingen økt er eldre enn { $age }: ingenting å slette.
purge-lists = Disse øktene ble sist endret før { $date }:
purge-deleted = Slettet { $files ->
    [one] 1 fil
   *[other] { $files } filer
} og { $lines ->
    [one] 1 logglinje
   *[other] { $lines } logglinjer
}.
