# rapport – brugerflade, dansk (engelsk bruges, hvor en tekst mangler).
# Hold hver tekst kort: den læses med et hurtigt blik midt i samtalen, ofte i 80 kolonner.

## Toplinje
header-remaining = { $time } tilbage
header-overtime = { $time } over tiden
header-section = { $section }: { $time } tilbage
header-section-over = { $section }: { $time } over
pace-behind = { $time } bagud
pace-ahead = { $time } foran
pace-on-time = til tiden
clock-paused = PAUSE
clock-ended = SLUT
clock-not-started = ikke startet
header-panelist = som { $name }
header-panelist-changed = som { $name } (var { $was } her)

## Lagringsstatus
save-saved = ✓ gemt
save-failed = ✗ IKKE GEMT siden { $since }: { $reason }. Intet efter det tidspunkt er gemt på disken.
save-draft = kladde bevaret

## Paneler
panel-agenda = Agenda
panel-question = Spørgsmål
panel-notes = Noter
panel-editor = Nyt: { $kind }
notes-empty = Ingen noter endnu. Bare skriv løs.
notes-count = { $count ->
    [one] 1 note
   *[other] { $count } noter
}

## Spørgsmålet
question-none = Intet planlagt spørgsmål her.
question-look-for = Se efter
question-follow-ups = Opfølgning
question-red-flags = Røde flag
question-green-flags = Grønne flag
question-fallback = (på engelsk: ingen tekst på { $lang })
question-position = Spørgsmål { $n } af { $total }

## Notetyper
kind-note = note
kind-quote = citat
kind-red-flag = rødt flag
kind-green-flag = grønt flag
kind-follow-up = opfølgning
kind-check-with-reference = tjek med reference
kind-feedback = til kandidaten

## Skrivefelt
editor-placeholder = Skriv for at notere. { $key } gemmer.

## Statuslinje

## Hjælpevindue
help-title = Taster
help-close = Luk hjælpen
help-commit = Gem noten
help-newline = Ny linje i noten
help-next-question = Næste spørgsmål (det viste regnes som stillet)
help-previous-question = Forrige spørgsmål
help-skip-question = Spring spørgsmålet over
help-next-kind = Næste notetype
help-pause = Stop eller start uret
help-next-section = Næste del
help-help = Denne hjælp
help-quit = Afslut (spørger først)
help-quit-now = Afslut nu (alt er gemt)
help-scroll-notes = Vælg en ældre note
help-scroll-notes-down = Vælg en nyere note

## Dialoger
confirm-quit = Afslut rapport? Alt er gemt, og den note, du er i gang med, bevares som kladde.
too-small = Terminalen er for lille: { $width }×{ $height }. Gør den mindst { $min-width }×{ $min-height }.
downtime-title = rapport var lukket
downtime-question = rapport kørte ikke i { $gap } (siden { $since }). Fortsatte samtalen imens?

## Startside
home-tagline = spørgsmål, ur og noter ved siden af en samtale
home-sessions = Seneste samtaler
home-none = Ingen samtaler endnu. Tryk n for at starte en, eller d for at prøve demoen.
home-open = i gang · { $time }
home-ended = afsluttet · { $time }
form-title = Ny samtale
form-candidate = Kandidat
form-format = Format
form-lang = Spørgsmål på
form-also = Vis også
form-panelist = Dit navn
form-none = —
form-need-candidate = Skriv kandidatens navn først.

## Demosamtalen
demo-candidate = Maja Hansen (demo)
demo-note-1 = Vil oplære nye kolleger inden for et år og har en plan for det
demo-note-2 = Skar gentagne henvendelser ned med en femtedel i sit sidste job – med tal på
demo-note-3 = »Jeg spørger hellere to gange end at gætte.«
demo-note-4 = Uklar om, hvorfor hun forlod sit sidste team
demo-note-5 = Spørg hendes tidligere leder om efterslæbet i marts
demo-note-6 = Dit eksempel om at få antallet af gentagne henvendelser ned var konkret og godt fortalt: hvad der skete, hvad du gjorde, og hvad det førte til.
demo-note-7 = Spørg, hvordan hun holder kvaliteten oppe med tredive chats i kø
demo-answer-1 = Vil stå for oplæringen af nye medarbejdere og måle den ud fra deres kvalitetsscorer den første måned.
demo-answer-2 = Søger mere ansvar for oplæring og et team, der deler det, de lærer.
demo-answer-3 = Kolleger ville fremhæve hendes tålmodighed i svære samtaler og hvor klart hun skriver.
demo-rationale = Klar, varm og konkret; tjek med hendes tidligere leder, hvordan hun forlod sit sidste team.
demo-manager-1 = Eva Strand
demo-manager-2 = Lars Moe
demo-colleague-1 = Sara Holm
demo-colleague-2 = Tom Berg
demo2-candidate = Jonas Lind (demo)
demo2-panelist = Kim
demo2-title-1 = Kundeservicemedarbejder
demo2-title-2 = Seniormedarbejder, chatteamet
demo2-title-3 = Teamleder, retur
demo2-manager-1 = Eva Strand
demo2-manager-2 = Lars Moe
demo2-manager-3 = Sara Holm
demo2-reference = Ledede projektet med chatefterslæbet sammen med ham; kan fortælle, hvordan han håndterer pres.
demo2-note-1 = Ansat til at afvikle en telefonkø, der var tre dage bagud
demo2-note-2 = Fik chatefterslæbet ned fra 400 til 40 på to måneder og holdt det der
demo2-note-3 = »Min chef betroede mig de vrede kunder.«
demo2-note-4 = Skiftede stilling, fordi returteamet manglede en leder; tog selv rollen
demo2-note-5 = Taler om teamet som »vi« hele vejen igennem; nævner kolleger ved navn
demo2-note-6 = Uklart, hvordan han målte kvalitet, før det nye værktøj kom
demo2-answer-1 = Lavede chatteamets første kvalitetstjekliste, som siden blev brugt i hele virksomheden.

## 1–10-reglen
ratings-title = Hvilken karakter fra 1 til 10 ville de give dig?
ratings-manager = Leder { $n }
ratings-colleague = Kollega { $n }
class-incomplete = Ufuldstændig: spørg efter resten
class-lacks-self-awareness = Kun 10'ere: mangler selvindsigt
class-may-have-overstated = Halvdelen eller flere på 7 eller derunder: kan have overdrevet
class-credible = Overvejende 8'ere og 9'ere: troværdig
class-mixed = Blandet: spørg mere ind
help-ratings = 1–10-reglen: forventede karakterer

## Den kronologiske gennemgang
role-add-title = Tilføj en stilling fra cv'et
role-employer = Arbejdsgiver
role-job-title = Stilling
role-from = Fra
role-to = Til
role-manager = Leder
role-line = { $employer } – { $title }
role-time-each = cirka { $time } pr. stilling, der mangler
role-none-yet = Ingen stillinger endnu: { $key } tilføjer den første fra cv'et.
reference-title = Ringe til denne leder som reference?
reference-reason = Hvorfor (en succes, en udfordring, et vigtigt samarbejde)
help-add-role = Gennemgang: tilføj en stilling
help-reference = Gennemgang: markér lederen til referenceopkald

## Svar og rettelser i noter
answer-title = Svaret kort opsummeret
answer-label = Opsummering
note-edit-title = Ret noten fra { $time }
note-edit-label = Note
help-answer = Opsummér svaret på én linje
help-edit-note = Ret eller slet den valgte note, eller den nyeste

## Find et spørgsmål
search-title = Find et spørgsmål
search-prompt = Søg
search-planned = planlagt
search-bank = fra en bank
search-none = Ingen resultater.
help-search = Find et spørgsmål, eller hent et fra bankerne

## rapport list (ren tekst, til rør og scripts)
list-id = ID
list-candidate = KANDIDAT
list-role = STILLING
list-format = FORMAT
list-created = OPRETTET
list-state = STATUS
list-notes = NOTER
list-damaged = beskadiget, resume reparerer den
list-empty = Ingen samtaler endnu. Start en med:
list-example = rapport new --candidate "Karen Jensen"
list-hint = Start en: rapport new --candidate NAVN · Fortsæt: rapport resume ID · Hjælp: rapport --help
list-skipped = rapport: udelod en samtale, der ikke kan læses: { $error }
form-plan = Stilling

## rapport plans / banks (content tools)
content-plan = PLAN
content-rubric = VURDERINGSSKEMA
content-formats = FORMATER
persona-mission = Opgaven
persona-outcomes = Resultater vi forventer
persona-competencies = Kompetencer
persona-culture = Sådan arbejder vi
plans-rubric = Vurderingsskema: { $rubric } v{ $version }
plans-minutes = { $minutes } min
plans-fill = spørgsmål ≈ { $minutes } min
plans-fill-per-role = spørgsmål ≈ { $minutes } min pr. stilling
banks-category = kategori
banks-all = alle
banks-total = i alt
banks-builtin = indbygget
banks-yours = din egen

## The feedback draft for the candidate (in the interview language)
feedback-thanks = Kære { $candidate }, tak, fordi du tog dig tid til at tale med os. Her er en kort opsummering af vores indtryk fra samtalen.
feedback-strength = Dit stærkeste område: { $criterion }. { $description }
feedback-growth = Et område, du kan udvikle: { $criterion }. { $description }
feedback-notes = Et par ting, vi gerne vil give dig med på vejen:
feedback-close = Tak igen for din interesse i at arbejde hos os.

## Eksport (Markdown, HTML, CSV) og senere skærmbillederne til vurdering og opsummering
export-interview = Samtale
export-format = Format
export-date = Dato
export-duration = Varighed
export-duration-value = { $spent } (planlagt { $planned })
export-duration-open = { $spent } (planlagt { $planned }, ikke afsluttet)
export-rubric = Vurderingsskema
export-rubric-value = { $title } ({ $id }, version { $version })
export-languages = Spørgsmål på
export-panel = Interviewere
export-summary = Opsummering
export-panelist = Interviewer
csv-session = Samtale
csv-candidate = Kandidat
csv-date = Dato
csv-plan = Plan
csv-format = Format
csv-criterion-id = Kriterie-id
export-weighted = Vægtet score
export-coverage = Dækningsgrad
export-recommendation = Anbefaling
export-status = Status
export-submitted = indsendt
export-draft = ikke indsendt
debrief-title = Fælles gennemgang
debrief-spread = Spredning
debrief-disputes = Uenigheder ({ $count }): niveauer, der ligger { $spread } eller mere fra hinanden, eller anbefalinger, der er delt mellem nej og ja. Tal dem igennem, eller afgør dem med en ny samtale.
debrief-no-disputes = Ingen uenigheder: ingen niveauer ligger { $spread } eller mere fra hinanden, og anbefalingerne er ikke delt mellem nej og ja.
debrief-split = delt
debrief-consensus = Fælles beslutning
debrief-no-consensus = Ikke registreret endnu.
debrief-blind = Du har ikke indsendt endnu: kun dine egne vurderinger vises.
debrief-timeline = Panelets noter
decision-hire = Ansættes
decision-no-hire = Ansættes ikke
decision-second-interview = Ny samtale
debrief-decided = { $decision }, registreret af { $by }
compare-title = Sammenligning af kandidaterne
compare-none = Endnu ingen vurderede samtaler efter denne plan.
compare-best = Med fed: det bedste niveau for hvert kriterium. Kun indsendte vurderinger tæller; niveauerne er gennemsnit for hele panelet og alle kandidatens samtaler.
compare-best-screen = Fremhævet: det bedste niveau for hvert kriterium. Kun indsendte vurderinger tæller; niveauerne er gennemsnit for hele panelet og alle kandidatens samtaler.
compare-open = Vurderinger, der endnu ikke er indsendt og derfor ikke tæller med: { $count }.
calibration-title = Kalibrering
calibration-sessions = Samtaler, der tælles med: { $count } (mindst to interviewere, og alle har indsendt).
calibration-alpha = Overensstemmelse (α, ordinal)
calibration-units = Enheder
calibration-reading = Tolkning
calibration-all = Alle kriterier
calibration-reliable = pålidelig
calibration-tentative = foreløbig
calibration-not-yet = ikke pålidelig endnu
calibration-undefined = for spinkelt grundlag
calibration-guidance = Krippendorffs alfa: 1 er fuld overensstemmelse, 0 er ikke bedre end tilfældigt. Fra 0,800 bruges vurderingsskemaet pålideligt; fra 0,667 er konklusionerne foreløbige; derunder er det endnu ikke pålideligt. En enhed er én kandidat vurderet på ét kriterium.
calibration-leniency = Mildhed
calibration-pairs = Par
calibration-leniency-means = Mildhed er den gennemsnitlige forskel mellem en interviewers niveau og en anden interviewers niveau for samme kandidat og kriterium: over 0 giver vedkommende højere niveauer end resten af panelet, under 0 lavere.
references-title = Referencesamtaler
references-referee = Reference
references-where = Stilling
references-called = Ringet op
references-predicted = Kandidatens skøn
references-actual = Referencens bedømmelse
references-gap = Forskel
references-reading = Tolkning
references-consent = Samtykke
references-consent-given = registreret
references-consent-missing = ikke registreret
references-agree-consistent = stemmer overens
references-agree-over = under skønnet
references-agree-under = over skønnet
references-agree-open = ikke sammenlignet endnu
references-consistent = Alle referencer gav en bedømmelse højst ét point fra kandidatens eget skøn: kandidaten ved, hvordan vedkommende opfattes af andre – et tegn på stor selvindsigt.
references-overestimated = En reference bedømte kandidaten 2 point eller mere under skønnet: spørg ind til den stilling.
references-underestimated = Referencerne bedømte kandidaten 2 point eller mere over skønnet, ingen under: kandidaten vurderer sig selv beskedent.
references-not-yet = Ingen reference har både et skøn og en bedømmelse endnu.
references-rule = En forskel på højst { $within } point fra skønnet regnes som overensstemmelse. Ligesom med 1–10-reglen er det en anledning til at spørge hvorfor, aldrig en konklusion.
references-levels = Niveauer i vurderingsskemaet: interviewerne og referencerne
references-panel = Interviewerne
references-line = { $referee } ({ $where }): skøn { $predicted }, bedømt { $actual } — { $reading }
references-as-panelist = { $referee } (reference)
compare-references = Referencer
debrief-status-submitted = indsendt
debrief-status-scoring = vurderer
debrief-decide = Panelets beslutning
debrief-not-submitted = Ikke indsendt endnu: { $panelists }. Du kan alligevel registrere beslutningen.
debrief-why = Begrundelse ({ $key } gemmer beslutningen):
help-debrief = Fælles gennemgang: panelets vurderinger side om side og beslutningen
hint-debrief = gennemgang
help-anchors = Vis eller skjul niveaubeskrivelserne for dette kriterium
hint-anchors = niveauer
help-panel-notes-up = Tidligere noter fra panelet
help-panel-notes-down = Senere noter fra panelet
hint-panel-notes = noter
help-decide = Registrér panelets beslutning
hint-decide = beslutning
help-back-to-summary = Tilbage til opsummeringen
help-decision-up = Forrige beslutning
help-decision-down = Næste beslutning
hint-decision = vælg
blind-title = Skjult, indtil du har indsendt
blind-withheld = { $panelist }: { $submitted ->
        [yes] har indsendt
       *[no] har ikke indsendt endnu
    }. Skjult, indtil du har indsendt dine egne – noter: { $notes }, vurderinger: { $scored }.
export-rationale = Begrundelse
export-formula = Vægtet score = Σ (vægt × niveau) ÷ Σ vægt, over de kriterier, der har fået 1–4. Dækningsgrad = den andel af den samlede vægt, der er vurderet.
export-self-awareness = 1–10-reglen
export-scores = Vurderinger
export-criterion = Kriterium
export-weight = Vægt
export-mean = Gennemsnit
export-evidence = Belæg
export-not-scored = ikke vurderet
export-no-evidence = intet belæg endnu
export-time = Tid pr. del
export-section = Del
export-planned = Planlagt
export-spent = Brugt
export-flags = Røde og grønne flag
export-roles = Stillinger i gennemgangen
export-manager = leder
export-call-reference = ringes op som reference
export-follow-ups = Opfølgning
export-notes = Noter
export-story = Samtalen, som den forløb
export-asked = stillet
export-skipped = sprunget over
export-not-asked = ikke nået
export-added = hentet ind
export-answer = Svar
export-question-counts = Spørgsmål: { $asked } stillet · { $skipped } sprunget over · { $added } hentet ind · { $open } ikke nået
export-section-notes = Noter om delen som helhed
export-other-notes = Andre noter
export-ratings-who = Hvem
export-ratings-name = Navn
export-ratings-rating = Forventet karakter
export-feedback = Udkast til feedback til kandidaten
export-feedback-hint = Et udgangspunkt på samtalens sprog, som skal rettes til, før det sendes. Bygger kun på vurderingsskemaet og de noter, der er markeret til kandidaten.
export-review = Tjek før du deler
fairness-age = alder
fairness-gender = køn
fairness-pregnancy-family = graviditet og familieplaner
fairness-marital-status = civilstand
fairness-religion = religion
fairness-ethnicity-origin = etnisk eller national oprindelse (også accent)
fairness-health-disability = helbred og handicap
fairness-sexual-orientation = seksuel orientering
fairness-union-membership = fagforeningsmedlemskab
fairness-school-prestige = skolens prestige
fairness-why-age = Alder må ikke spille nogen rolle i vurderingen.
fairness-why-gender = Køn må ikke spille nogen rolle i vurderingen.
fairness-why-pregnancy-family = Der må hverken spørges til eller lægges vægt på graviditet, børn og familieplaner.
fairness-why-marital-status = Civilstand har intet med jobbet at gøre.
fairness-why-religion = Religion og livssyn må ikke spille nogen rolle i vurderingen.
fairness-why-ethnicity-origin = Vurdér, hvor klart kandidaten kommunikerer, aldrig baggrund eller accent.
fairness-why-health-disability = Der må hverken spørges ind til eller noteres noget om helbred og handicap.
fairness-why-sexual-orientation = Seksuel orientering hører ikke hjemme i en vurdering.
fairness-why-union-membership = Fagforeningsmedlemskab må ikke spille nogen rolle i vurderingen.
fairness-why-school-prestige = Vurdér kompetencer og dokumentation, ikke skolens navn.
review-note = Note af { $author } ved { $time }
review-answer = Svar på »{ $question }«
review-rationale = Begrundelse fra { $panelist }
review-consensus = Begrundelsen for panelets beslutning
review-found = { $category } (»{ $words }«): { $why }
review-not-quoted = Holdt ude af udkastet til feedback.
review-names-candidate = Kandidatens navn står i fritekst ({ $count }): eksportér med --redact for at erstatte det med initialer.
review-names-referees = Referencepersoners navne står i fritekst ({ $count }): --redact erstatter også dem.
review-checked = Intet markeret. Noter ({ $notes }), svaropsummeringer ({ $answers }) og begrundelser ({ $rationales }) er tjekket for omtale af { $categories } på alle fem sprog.
editor-fairness = ⚑ tjek: { $categories }
export-none = Ingen.
export-timeline = Tidslinje
export-legend-section = en ny del begynder
export-minutes = { $minutes } min
export-footer = Lavet med rapport { $version } · eksporteret { $date }
export-redacted = Navne erstattet med initialer, e-mailadresser og telefonnumre skjult: { $count }
redacted-email = [e-mail]
redacted-phone = [telefon]
rec-strong-no = Klart nej
rec-no = Nej
rec-yes = Ja
rec-strong-yes = Klart ja

## Skærmbilledet til vurdering
help-scoring = Vurdér kandidaten ud fra vurderingsskemaet
scoring-title = Vurdering
scoring-as = som { $panelist }
scoring-level = Niveau
scoring-not-assessed-short = i.v.
scoring-feeding = { $count ->
    [one] Der er taget én note under spørgsmål, der belyser dette kriterium (markeret ◆, når du vælger belæg).
   *[other] Der er taget { $count } noter under spørgsmål, der belyser dette kriterium (markeret ◆, når du vælger belæg).
}
scoring-evidence-for = Belæg for { $criterion }
scoring-rationale = Hvorfor denne anbefaling? ({ $key } gemmer)
scoring-total = Vægtet score { $score } · dækningsgrad { $coverage }
scoring-lacking = uden belæg: { $criteria }

# The summary and the end of an interview
help-summary = Opsummering: vurderinger, tid, flag og eksport
help-end = Afslut samtalen (viser først, hvad der mangler)
summary-more = ↓ mere nedenfor
summary-title = Opsummering
summary-not-ended = Samtalen er stadig i gang: afslut med { $key }.
summary-exported = Gemt i { $path }
summary-export-failed = Ikke gemt: { $reason }
coverage-title = Før du afslutter
coverage-complete = Alle planlagte spørgsmål er stillet, og alle kriterier er vurderet med belæg.
coverage-not-asked = Spørgsmål, der ikke er stillet ({ $count })
coverage-not-scored = Kriterier, der ikke er vurderet ({ $count })
coverage-no-evidence = Vurderet uden belæg ({ $count })
coverage-more = … og { $count } mere

# Punctuation of labels and lists
label-colon = { $label }:
list-separator = {", "}

# Export and import on the command line
cli-exported = Eksporteret { $what } til { $path }
cli-imported = Importeret { $what } som { $id }
cli-merged = Flettet ind i { $what } – nye hændelser: { $new }, fandtes i forvejen: { $known }
cli-invited = Invitation til { $what } gemt i { $path }: send den til panelet; hver især tilslutter sig med `rapport join FIL --as NAVN`
cli-joined = Du deltager nu i { $what } som { $panelist }

# Numbers
decimal-mark = ,
percent = { $n } %
quoted = »{ $text }«

## Taster: hvad hjælpen siger, hver tast gør, og bundlinjens ord for den. Navnene på
## selve tasterne (Ctrl-E, F10, Esc…) kommer fra tasterne, ikke herfra.
help-kind = Vælg notetype direkte: 1 note, 2 citat, 3 rødt flag, 4 grønt flag, 5 opfølgning, 6 tjek med reference, 7 til kandidaten
help-restore-note = Hent den senest slettede note tilbage
help-clear-selection = Fjern valget af note
help-scroll-up = Rul op
help-scroll-down = Rul ned
help-page-up = En side op
help-page-down = En side ned
help-top = Til toppen
help-bottom = Til bunden
help-confirm-quit = Afslut (alt er gemt)
help-confirm-submit = Indsend vurderingerne
help-confirm-delete = Slet noten
help-confirm-end = Afslut samtalen
help-stay = Tilbage; intet ændres
help-keep-going = Tilbage til samtalen
help-reopen-counted = Genåbn; tiden siden afslutningen tælles med
help-reopen-left-out = Genåbn; tiden siden afslutningen trækkes fra
help-downtime-went-on = Samtalen fortsatte: tiden tælles med
help-downtime-stopped = Samtalen stoppede også: træk tiden fra
help-export = Gem opsummeringen som Markdown, HTML, CSV og JSON
help-end-or-reopen = Afslut samtalen (når den er afsluttet: genåbn den)
help-back-to-interview = Tilbage til samtalen
help-criterion-up = Forrige kriterium
help-criterion-down = Næste kriterium
help-level-down = Lavere niveau (under 1: ikke vurderet)
help-level-up = Højere niveau
help-evidence = Vælg de noter, der er belæg for vurderingen
help-recommendation = Næste anbefaling
help-rationale = Skriv begrundelsen
help-submit = Indsend dine vurderinger (spørger først)
help-note-up = Forrige note
help-note-down = Næste note
help-pick = Vælg eller fravælg noten
help-evidence-done = Færdig: gem de valgte noter
help-save-form = Gem
help-cancel = Annullér
help-next-field = Næste felt
help-previous-field = Forrige felt
help-edit-kind = Skift notens type
help-delete-note = Slet noten (spørger først)
help-match-up = Forrige resultat
help-match-down = Næste resultat
help-go-there = Gå dertil (et spørgsmål fra en bank føjes til denne del)
help-row-up = Forrige samtale
help-row-down = Næste samtale
help-continue = Fortsæt samtalen
help-new-interview = Start en ny samtale
help-demo = Åbn demosamtalen
help-delete-session = Slet den valgte samtale (viser, hvad der slettes, og spørger først)
help-confirm-delete-session = Slet for altid
hint-confirm-delete-session = slet for altid
home-delete-title = Slette samtalen med { $candidate }?
home-delete-lists = Disse filer slettes, sammen med samtalens linjer i rapports egen log:
home-delete-warning = Det kan ikke fortrydes. Del sletter det hele; Esc beholder det.
home-deleted = Samtalen med { $candidate } er slettet.
home-delete-failed = Intet blev slettet: { $reason }
help-leave = Afslut rapport
help-choice-left = Forrige valgmulighed
help-choice-right = Næste valgmulighed
help-start = Start samtalen
hint-help = hjælp
hint-commit = gem note
hint-newline = ny linje
hint-next-kind = type
hint-next-question = næste spørgsmål
hint-pause = pause
hint-scoring = vurdering
hint-summary = opsummering
hint-end = afslut
hint-quit = luk
hint-scroll = rul
hint-close = luk
hint-confirm-quit = afslut
hint-confirm-submit = indsend
hint-confirm-delete = slet
hint-confirm-end = afslut samtalen
hint-stay = tilbage
hint-keep-going = fortsæt
hint-reopen-counted = genåbn, tæl tiden med
hint-reopen-left-out = genåbn, træk tiden fra
hint-downtime-went-on = ja, den fortsatte
hint-downtime-stopped = nej, den stoppede også
hint-export = gem som filer
hint-back = tilbage
hint-criterion = kriterium
hint-level = niveau
hint-evidence = belæg
hint-recommendation = anbefaling
hint-rationale = hvorfor
hint-submit = indsend
hint-note = note
hint-pick = vælg
hint-done = færdig
hint-save = gem
hint-cancel = annullér
hint-next-field = næste felt
hint-delete = slet
hint-choose = vælg
hint-go-there = gå dertil
hint-continue = fortsæt
hint-new-interview = ny samtale
hint-demo = demo
hint-change = skift
hint-start = start

## Bekræftelser, og hvad en formular kræver
confirm-quit-title = Afslut rapport?
confirm-submit-title = Indsend dine vurderinger?
confirm-submit = Dine vurderinger og din anbefaling registreres som indsendt. Du kan stadig ændre dem; hver ændring bliver registreret.
confirm-delete-title = Slet denne note?
confirm-delete = Den forsvinder fra tidslinjen, men bliver liggende i samtalens historik. Du får den tilbage med { $key } på samtaleskærmen.
confirm-reopen-title = Genåbn samtalen?
confirm-reopen = Den blev afsluttet for { $gap } siden, da uret viste { $clock }. Er samtalen fortsat siden da?
role-need-employer = Udfyld som minimum arbejdsgiver.
answer-need-text = Skriv opsummeringen først ({ $key } lader svaret være, som det var).
note-edit-need-text = En note skal have tekst; vil du fjerne den, så slet den.
note-edit-kind = Type
reference-unmark = Lad feltet stå tomt for at fjerne markeringen af lederen.
ratings-invalid = 1–10, et helt tal
ratings-refused = Intet gemt: hver karakter skal være et helt tal fra 1 til 10.
ratings-modesty = Beskedne selvvurderinger er almindelige i nordiske, baltiske og kinesiske samtaler, og for en dansker er 7 en god karakter: spørg hvorfor, før du konkluderer.
question-time-on = { $time } brugt
help-question-down = Rul ned i det, du skal lytte efter, når det ikke kan være der
help-question-up = Rul op igen
question-more = { $count ->
        [one] én linje mere
       *[other] { $count } linjer mere
    } · { $key }
home-no-plans = Der er ingen samtaleplan installeret: der er intet at sammenligne.
home-no-store = Samtalerne kan ikke læses her.
home-call-is-reference = Det er en referencesamtale: vælg kandidatens samtale for at ringe til en anden reference.
home-call-none-marked = Ingen leder er markeret til referencesamtale i samtalen med { $candidate }: markér en med F8 på en stilling i gennemgangen.
help-compare = Planen for den valgte samtale: kandidaterne side om side, og hvor enige interviewerne er
hint-compare = sammenlign
help-call-reference = Ring til en reference, som den valgte samtale har markeret (kandidatens samtykke registreres først)
hint-call-reference = referencesamtale
help-sort-left = Sortér efter kolonnen til venstre
help-sort-right = Sortér efter kolonnen til højre
hint-sort = sortér
help-reverse-sort = Vend rækkefølgen
hint-reverse-sort = vend
help-candidate-up = Forrige kandidat (eller rul op)
help-candidate-down = Næste kandidat (eller rul ned)
help-plan-tab = Skift mellem kandidaterne og kalibreringen
hint-plan-tab = kalibrering
help-next-plan = Næste samtaleplan
hint-next-plan = næste plan
help-open-candidate = Åbn den seneste samtale med den valgte kandidat
hint-open-candidate = åbn
help-back-to-list = Tilbage til listen over samtaler
help-referee-up = Forrige reference
help-referee-down = Næste reference
help-start-call = Ring op med samtykket, som det er skrevet ind
hint-start-call = ring op
calling-title = Referencesamtale om { $candidate }
calling-choose = Hvem ringer du til?
calling-consent = Hvordan gav kandidaten samtykke til dette opkald? (for eksempel: »sagde ja sidst i samtalen«)
calling-need-consent = Registrér kandidatens samtykke først: en reference kontaktes kun med samtykke.
plan-sorted-by = Sorteret efter { $column }
plan-hidden-columns = { $count ->
    [one] Én kolonne mere er skjult: ←→ viser den.
   *[other] { $count } kolonner mere er skjult: ←→ viser dem.
}
hint-plan-tab-candidates = kandidater
referee-rating-title = Referencens bedømmelse af { $candidate }
referee-rating-label = Bedømmelse (1–10)
referee-rating-ask = Spørg: "På en skala fra 1 til 10, hvor god er vedkommende samlet set?" Lad feltet stå tomt for at fjerne bedømmelsen.
referee-rating-invalid = Intet gemt: bedømmelsen skal være et helt tal fra 1 til 10 ({ $key } lader den være, som den var).
references-consent-as-recorded = { $how } (registreret af { $by }, { $date })

## rapport resume --no-tui
resume-session = samtale
resume-clock = ur
resume-section = afsnit
resume-notes = noter
resume-last-seen = sidst aktiv
resume-unsaved = ikke gemt
resume-ended = afsluttet
resume-paused = på pause
resume-running = kører
resume-clock-value = { $spent } af { $planned } ({ $status })
resume-draft = »{ $text }« (gemt som kladde)

## Indstillinger, manualen, bekræftelser
config-bad = { $error }. rapport fortsætter med standardindstillingerne.
config-set = { $key } er nu { $value } (i { $path }).
config-removed = { $key } er ikke længere sat (i { $path }).
man-installed = Manualsiden ligger i { $path }: `man rapport` åbner den (hvis ikke, så føj ~/.local/share/man til MANPATH).
delete-confirm = Slet alt dette for altid? [j/N]
confirm-yes-words = j, ja

## Spørgsmålskategorier og mærker (rapport banks)
category-philosophy = Servicefilosofi
category-behavioural = Adfærdsspørgsmål
category-situational = Situationsspørgsmål
category-personal = Personligt
category-company = Om os
category-deep_dive = Kronologisk gennemgang
category-reference_check = Referencesamtale
tag-screen = kort samtale
tag-deep = dybdegående samtale
tag-reference = referencesamtale
tag-practical = praktisk opgave

## Sletning (rapport forget, rapport purge og Del på startsiden)
deletion-session = Samtale { $id }, oprettet { $date }
deletion-session-named = Samtale { $id } — { $what }, oprettet { $date }
deletion-index-entry = dens post i { $path }
deletion-unreadable = Samtale { $id }: loggen kan ikke læses
deletion-stray = { $path } (efterladt af en afbrudt skrivning)
deletion-log-lines = { $count ->
    [one] 1 linje i rapports egen log { $path }
   *[other] { $count } linjer i rapports egen log { $path }
}
deletion-not-confirmed = Intet blev slettet (bekræft med --yes, eller kør kommandoen i en terminal).
forget-need-name = --candidate skal have et navn
forget-unreadable = kunne ikke læse en samtale, så filerne blev gennemsøgt for navnet i stedet: { $error }
forget-nothing = rapport har intet om denne kandidat: intet at slette.
forget-lists = Dette sletter alt, hvad rapport har om denne kandidat:
forget-deleted = Slettede { $files ->
    [one] 1 fil
   *[other] { $files } filer
} og { $lines ->
    [one] 1 loglinje
   *[other] { $lines } loglinjer
} om denne kandidat.
purge-too-long = --older-than er for lang
purge-unreadable = kunne ikke læse en samtale, så den blev ladt være: { $error }
purge-nothing = Ingen samtale er ældre end { $age }: intet at slette.
purge-lists = Disse samtaler blev sidst ændret før { $date }:
purge-deleted = Slettede { $files ->
    [one] 1 fil
   *[other] { $files } filer
} og { $lines ->
    [one] 1 loglinje
   *[other] { $lines } loglinjer
}.
