# rapport — lietotāja saskarne, latviešu valoda (trūkstošie teksti tiek rādīti angliski).
# Teksti ir īsi: tos lasa ar vienu skatienu, sarunas laikā, bieži 80 kolonnu platumā.

## Header
header-remaining = vēl { $time }
header-overtime = laiks pārsniegts par { $time }
header-section = { $section }: vēl { $time }
header-section-over = { $section }: pārsniegts par { $time }
pace-behind = atpaliekat par { $time }
pace-ahead = apsteidzat par { $time }
pace-on-time = laikā
clock-paused = PAUZE
clock-ended = PABEIGTS
clock-not-started = nav sākts
header-panelist = kā { $name }
header-panelist-changed = kā { $name } (šeit bija { $was })

## Save state
save-saved = ✓ saglabāts
save-failed = ✗ NAV SAGLABĀTS kopš { $since }: { $reason }. Kopš tā brīža nekas nav ierakstīts diskā.
save-draft = melnraksts saglabāts

## Panels
panel-agenda = Darba kārtība
panel-question = Jautājums
panel-notes = Piezīmes
panel-editor = Jauns ieraksts: { $kind }
notes-empty = Piezīmju vēl nav. Vienkārši sāciet rakstīt.
notes-count = { $count ->
    [zero] { $count } piezīmju
    [one] { $count } piezīme
   *[other] { $count } piezīmes
}

## The question
question-none = Šeit nav plānota jautājuma.
question-look-for = Ko ievērot
question-follow-ups = Papildjautājumi
question-red-flags = Brīdinājuma zīmes
question-green-flags = Pozitīvās zīmes
question-fallback = (angliski: nav { $lang } teksta)
question-position = Jautājums { $n } no { $total }

## Note kinds
kind-note = piezīme
kind-quote = citāts
kind-red-flag = brīdinājuma zīme
kind-green-flag = pozitīva zīme
kind-follow-up = papildjautājums
kind-check-with-reference = pārbaudīt atsauksmēs
kind-feedback = kandidātam

## Editor
editor-placeholder = Rakstiet piezīmi. { $key } to saglabā.

## Status line

## Help overlay
help-title = Taustiņi
help-close = Aizvērt palīdzību
help-commit = Saglabāt piezīmi
help-newline = Jauna rinda piezīmē
help-next-question = Nākamais jautājums (redzamais tiek atzīmēts kā uzdots)
help-previous-question = Iepriekšējais jautājums
help-skip-question = Izlaist jautājumu
help-next-kind = Nākamais piezīmes veids
help-pause = Apturēt vai atsākt laika uzskaiti
help-next-section = Nākamā sadaļa
help-help = Šī palīdzība
help-quit = Iziet (ar apstiprinājumu)
help-quit-now = Iziet uzreiz (viss ir saglabāts)
help-scroll-notes = Izvēlēties senāku piezīmi
help-scroll-notes-down = Izvēlēties jaunāku piezīmi

## Popups
confirm-quit = Iziet no rapport? Viss ir saglabāts, un piezīme, ko rakstāt, paliek kā melnraksts.
too-small = Terminālis par mazu: { $width }×{ $height }. Nepieciešams vismaz { $min-width }×{ $min-height }.
downtime-title = rapport bija aizvērts
downtime-question = rapport nedarbojās { $gap } (kopš { $since }). Vai intervija pa to laiku turpinājās?

## Sākums
home-tagline = jautājumi, laiks un piezīmes intervijas laikā
home-sessions = Pēdējās intervijas
home-none = Interviju vēl nav. Nospiediet n, lai sāktu, vai d, lai izmēģinātu demo.
home-open = notiek · { $time }
home-ended = pabeigta · { $time }
form-title = Jauna intervija
form-candidate = Kandidāts
form-format = Formāts
form-lang = Jautājumu valoda
form-also = Rādīt arī
form-panelist = Jūsu vārds
form-none = —
form-need-candidate = Vispirms ierakstiet kandidāta vārdu.

## Demo intervija
demo-candidate = Maja Hansen (demo)
demo-note-1 = Gada laikā vēlas apmācīt jaunos kolēģus, un viņai ir plāns
demo-note-2 = Iepriekšējā darbā atkārtotos pieteikumus samazināja par piektdaļu – ar skaitļiem
demo-note-3 = „Labāk pajautāšu divreiz nekā minēšu.“
demo-note-4 = Neskaidri stāsta, kāpēc aizgāja no iepriekšējās komandas
demo-note-5 = Pajautāt bijušajam vadītājam par marta pieteikumu uzkrājumu
demo-note-6 = Jūsu piemērs par to, kā samazinājāt atkārtoto pieteikumu skaitu, bija konkrēts un labi izstāstīts: kas notika, ko Jūs darījāt un kāds bija rezultāts.
demo-note-7 = Pajautāt, kā viņa uztur kvalitāti, kad rindā gaida trīsdesmit čata sarunas
demo-answer-1 = Vēlas vadīt jauno konsultantu ievadapmācību un vērtēt to pēc viņu pirmā mēneša kvalitātes rādītājiem.
demo-answer-2 = Meklē lielāku atbildību apmācību jomā un komandu, kas dalās ar to, ko iemācījusies.
demo-answer-3 = Kolēģi minētu viņas pacietību sarežģītās sarunās un to, cik skaidri viņa raksta.
demo-rationale = Skaidra, sirsnīga un konkrēta; pajautāt bijušajam vadītājam, kā viņa aizgāja no iepriekšējās komandas.
demo-manager-1 = Ieva Strautiņa
demo-manager-2 = Lauris Kalniņš
demo-colleague-1 = Sanita Ozola
demo-colleague-2 = Toms Bērziņš
demo2-candidate = Jānis Liepa (demo)
demo2-panelist = Kārlis
demo2-title-1 = Klientu apkalpošanas konsultants
demo2-title-2 = Vecākais konsultants, čata komanda
demo2-title-3 = Komandas vadītājs, preču atgriešana
demo2-manager-1 = Ieva Strautiņa
demo2-manager-2 = Lauris Kalniņš
demo2-manager-3 = Sanita Ozola
demo2-reference = Kopā ar viņu vadīja čata pieteikumu uzkrājuma projektu; var pastāstīt, kā viņš tiek galā ar spriedzi.
demo2-note-1 = Pieņemts darbā, lai likvidētu trīs dienu nokavējumu tālruņa rindā
demo2-note-2 = Divos mēnešos samazināja čata pieteikumu uzkrājumu no 400 līdz 40 un tādu to arī noturēja
demo2-note-3 = „Vadītājs man uzticēja dusmīgos klientus.“
demo2-note-4 = Mainīja amatu, jo preču atgriešanas komandai nebija vadītāja; pats uzņēmās šo lomu
demo2-note-5 = Visu laiku runā par komandu kā „mēs“; kolēģus piemin vārdā
demo2-note-6 = Nav skaidrs, kā viņš mērīja kvalitāti pirms jaunā rīka ieviešanas
demo2-answer-1 = Izveidoja čata komandas pirmo kvalitātes kontrolsarakstu, ko vēlāk sāka izmantot visā uzņēmumā.

## 1–10 likums
ratings-title = Kā viņi jūs novērtētu skalā no 1 līdz 10?
ratings-manager = Vadītājs { $n }
ratings-colleague = Kolēģis { $n }
class-incomplete = Nepilnīgs: pajautājiet pārējos
class-lacks-self-awareness = Visur 10: trūkst pašrefleksijas
class-may-have-overstated = Puse vai vairāk ir 7 vai zemāk: iespējams, pārspīlēts
class-credible = Pārsvarā 8 un 9: ticami
class-mixed = Jaukti: izjautājiet sīkāk
help-ratings = 1–10 likums: paredzētie vērtējumi

## Hronoloģiskā izpēte
role-add-title = Pievienot amatu no CV
role-employer = Darba devējs
role-job-title = Amats
role-from = No
role-to = Līdz
role-manager = Vadītājs
role-line = { $employer } — { $title }
role-time-each = aptuveni { $time } katram atlikušajam amatam
role-none-yet = Amatu vēl nav: { $key } pievieno pirmo amatu no CV.
reference-title = Zvanīt šim vadītājam atsauksmei?
reference-reason = Kāpēc (panākums, grūtības, svarīga sadarbība)
help-add-role = Izpēte: pievienot amatu
help-reference = Izpēte: atzīmēt vadītāju atsauksmes zvanam

## Atbildes un piezīmju labojumi
answer-title = Atbilde vienā rindā
answer-label = Kopsavilkums
note-edit-title = Labot piezīmi no { $time }
note-edit-label = Piezīme
help-answer = Apkopot atbildi vienā rindā
help-edit-note = Labot vai dzēst izvēlēto piezīmi (ja nekas nav izvēlēts – jaunāko)

## Jautājuma meklēšana
search-title = Atrast jautājumu
search-prompt = Meklēt
search-planned = plānots
search-bank = no bankas
search-none = Nekas neatbilst.
help-search = Atrast jautājumu vai paņemt to no bankām

## rapport list (vienkāršs teksts skriptiem)
list-id = ID
list-candidate = KANDIDĀTS
list-role = AMATS
list-format = FORMĀTS
list-created = IZVEIDOTA
list-state = STATUSS
list-notes = PIEZĪMES
list-damaged = bojāta, resume to salabos
list-empty = Interviju vēl nav. Sāciet pirmo ar:
list-example = rapport new --candidate "Anna Bērziņa"
list-hint = Sākt: rapport new --candidate VĀRDS · Turpināt: rapport resume ID · Palīdzība: rapport --help
list-skipped = rapport: izlaida interviju, ko nevar nolasīt: { $error }
form-plan = Amats

## rapport plans / banks (content tools)
content-plan = PLĀNS
content-rubric = VĒRTĒŠANA
content-formats = FORMĀTI
persona-mission = Uzdevums
persona-outcomes = Gaidāmie rezultāti
persona-competencies = Kompetences
persona-culture = Kā mēs strādājam
plans-rubric = Vērtēšanas kritēriji: { $rubric } v{ $version }
plans-minutes = { $minutes } min
plans-fill = jautājumi ≈ { $minutes } min
plans-fill-per-role = jautājumi ≈ { $minutes } min katram amatam
banks-category = kategorija
banks-all = visi
banks-total = kopā
banks-builtin = iebūvēta
banks-yours = jūsu

## The feedback draft for the candidate (in the interview language)
feedback-thanks = Labdien, { $candidate }! Paldies, ka atradāt laiku sarunai ar mums. Sūtām Jums īsu kopsavilkumu par mūsu iespaidiem no intervijas.
feedback-strength = Jūsu stiprākā puse: { $criterion }. { $description }
feedback-growth = Joma, kuru ieteicams attīstīt: { $criterion }. { $description }
feedback-notes = Vēlamies Jums pateikt vēl dažas lietas:
feedback-close = Vēlreiz paldies par Jūsu interesi strādāt mūsu uzņēmumā.

## Eksports (Markdown, HTML, CSV) un vēlāk vērtēšanas un kopsavilkuma ekrāni
export-interview = Intervija
export-format = Formāts
export-date = Datums
export-duration = Ilgums
export-duration-value = { $spent } (plānots { $planned })
export-duration-open = { $spent } (plānots { $planned }, nav pabeigta)
export-rubric = Vērtēšanas kritēriji
export-rubric-value = { $title } ({ $id }, { $version }. versija)
export-languages = Jautājumu valoda
export-panel = Intervētāji
export-summary = Kopsavilkums
export-panelist = Intervētājs
csv-session = Intervija
csv-candidate = Kandidāts
csv-date = Datums
csv-plan = Plāns
csv-format = Formāts
csv-criterion-id = Kritērija ID
export-weighted = Svērtais vērtējums
export-coverage = Novērtētā daļa
export-recommendation = Ieteikums
export-status = Statuss
export-submitted = iesniegts
export-draft = nav iesniegts
debrief-title = Kopīgā izvērtēšana
debrief-spread = Izkliede
debrief-disputes = Domstarpības ({ $count }): līmeņi atšķiras par { $spread } vai vairāk, vai ieteikumi dalās starp „nē“ un „jā“. Pārrunājiet tās vai izšķiriet otrajā intervijā.
debrief-no-disputes = Domstarpību nav: neviens līmenis neatšķiras par { $spread } vai vairāk, un ieteikumi nedalās starp „nē“ un „jā“.
debrief-split = dalīti
debrief-consensus = Kopīgais lēmums
debrief-no-consensus = Vēl nav reģistrēts.
debrief-blind = Jūs vēl neesat iesnieguši savu vērtējumu: redzami tikai jūsu pašu vērtējumi.
debrief-timeline = Komisijas piezīmes
decision-hire = Pieņemt darbā
decision-no-hire = Nepieņemt darbā
decision-second-interview = Otrā intervija
debrief-decided = { $decision } (reģistrēja { $by })
compare-title = Kandidātu salīdzinājums
compare-none = Šim plānam vēl nav novērtētu interviju.
compare-best = Treknrakstā: labākais līmenis katrā kritērijā. Ņemti vērā tikai iesniegtie vērtējumi; līmenis ir vidējais no visu komisijas locekļu vērtējumiem visās kandidāta intervijās.
compare-best-screen = Izcelts: labākais līmenis katrā kritērijā. Ņemti vērā tikai iesniegtie vērtējumi; līmenis ir vidējais no visu komisijas locekļu vērtējumiem visās kandidāta intervijās.
compare-open = Vēl neiesniegti vērtējumi, kas netiek ņemti vērā: { $count }.
calibration-title = Kalibrēšana
calibration-sessions = Ieskaitītās intervijas: { $count } (vērtējuši vismaz divi komisijas locekļi, un visi vērtējumi ir iesniegti).
calibration-alpha = Saskaņa (α, ordināla)
calibration-units = Vienības
calibration-reading = Interpretācija
calibration-all = Visi kritēriji
calibration-reliable = uzticama
calibration-tentative = provizoriska
calibration-not-yet = vēl nav uzticama
calibration-undefined = par maz datu
calibration-guidance = Krippendorfa alfa: 1 nozīmē pilnīgu saskaņu, 0 – saskaņu, kas nav labāka par nejaušu. No 0,800 vērtēšanas kritēriji tiek piemēroti uzticami; no 0,667 secinājumi ir provizoriski; zem tā – vēl nav uzticami. Vienība ir viens kandidāts vienā kritērijā.
calibration-leniency = Iecietība
calibration-pairs = Pāri
calibration-leniency-means = Iecietība ir vidējā starpība starp intervētāja līmeni un cita intervētāja līmeni tam pašam kandidātam pēc tā paša kritērija: virs 0 – viņš vērtē augstāk nekā pārējā komisija, zem 0 – zemāk.
references-title = Atsauksmju zvani
references-referee = Atsauksmes sniedzējs
references-where = Darbavieta
references-called = Zvana datums
references-predicted = Kandidāta prognoze
references-actual = Atsauksmes vērtējums
references-gap = Starpība
references-reading = Interpretācija
references-consent = Piekrišana
references-consent-given = reģistrēta
references-consent-missing = nav reģistrēta
references-agree-consistent = sakrīt
references-agree-over = zem prognozes
references-agree-under = virs prognozes
references-agree-open = vēl nav salīdzināts
references-consistent = Visu atsauksmju sniedzēju vērtējumi no kandidāta prognozes atšķiras ne vairāk kā par vienu punktu: kandidāts zina, kā viņu redz citi, un tas liecina par labu pašrefleksiju.
references-overestimated = Kāds atsauksmes sniedzējs novērtēja kandidātu par 2 vai vairāk punktiem zemāk nekā prognozēts: pajautājiet par šo darbavietu.
references-underestimated = Atsauksmju sniedzēji novērtēja kandidātu par 2 vai vairāk punktiem augstāk nekā prognozēts, neviens zemāk: kandidāts sevi vērtē pieticīgi.
references-not-yet = Vēl nevienam atsauksmes sniedzējam nav gan prognozes, gan vērtējuma.
references-rule = { $within ->
    [one] Ja vērtējums no prognozes atšķiras ne vairāk kā par { $within } punktu, to uzskata par saskanīgu.
   *[other] Ja vērtējums no prognozes atšķiras ne vairāk kā par { $within } punktiem, to uzskata par saskanīgu.
} Tāpat kā 1–10 skalas secinājums, arī tas ir iemesls pajautāt, kāpēc, nevis gala slēdziens.
references-levels = Līmeņi pēc vērtēšanas kritērijiem: intervētāji un atsauksmes
references-panel = Intervētāji
references-line = { $referee } ({ $where }): prognoze { $predicted }, vērtējums { $actual } — { $reading }
references-as-panelist = { $referee } (atsauksme)
compare-references = Atsauksmes
debrief-status-submitted = iesniegts
debrief-status-scoring = vērtē
debrief-decide = Komisijas lēmums
debrief-not-submitted = Vēl nav iesnieguši: { $panelists }. Lēmumu tomēr var reģistrēt.
debrief-why = Pamatojums ({ $key } saglabā lēmumu):
help-debrief = Kopīgā izvērtēšana: komisijas vērtējumi blakus un tās lēmums
hint-debrief = izvērtēšana
help-anchors = Rādīt vai paslēpt šī kritērija līmeņu aprakstus
hint-anchors = līmeņi
help-panel-notes-up = Komisijas agrākās piezīmes
help-panel-notes-down = Komisijas vēlākās piezīmes
hint-panel-notes = piezīmes
help-decide = Reģistrēt komisijas lēmumu
hint-decide = lēmums
help-back-to-summary = Atpakaļ uz kopsavilkumu
help-decision-up = Iepriekšējais lēmums
help-decision-down = Nākamais lēmums
hint-decision = izvēlēties
blind-title = Slēpts līdz iesniegšanai
blind-withheld = { $panelist }: vērtējums { $submitted ->
        [yes] iesniegts
       *[no] vēl nav iesniegts
    }. Redzams, kad būsiet iesnieguši savējo — piezīmes: { $notes }, vērtējumi: { $scored }.
export-rationale = Pamatojums
export-formula = Svērtais vērtējums = Σ (svars × līmenis) ÷ Σ svars, ņemot vērā kritērijus ar vērtējumu 1–4. Novērtētā daļa = cik liela kopējā svara daļa ir novērtēta.
export-self-awareness = 1–10 likums
export-scores = Vērtējumi
export-criterion = Kritērijs
export-weight = Svars
export-mean = Vidēji
export-evidence = Pierādījumi
export-not-scored = nav novērtēts
export-no-evidence = pierādījumu vēl nav
export-time = Laiks pa sadaļām
export-section = Sadaļa
export-planned = Plānots
export-spent = Izlietots
export-flags = Brīdinājuma un pozitīvās zīmes
export-roles = Izpētītie amati
export-manager = vadītājs
export-call-reference = zvanīt atsauksmei
export-follow-ups = Papildjautājumi
export-notes = Piezīmes
export-story = Intervijas gaita
export-asked = uzdots
export-skipped = izlaists
export-not-asked = netika uzdots
export-added = pievienots
export-answer = Atbilde
export-question-counts = Jautājumi: uzdoti { $asked } · izlaisti { $skipped } · pievienoti { $added } · neuzdoti { $open }
export-section-notes = Piezīmes par sadaļu kopumā
export-other-notes = Citas piezīmes
export-ratings-who = Kurš
export-ratings-name = Vārds
export-ratings-rating = Paredzētais vērtējums
export-feedback = Atgriezeniskās saites melnraksts kandidātam
export-feedback-hint = Sākumpunkts intervijas valodā, kas pirms nosūtīšanas jārediģē. Veidots tikai no vērtēšanas kritērijiem un kandidātam atzīmētajām piezīmēm.
export-review = Pārbaudiet pirms kopīgošanas
fairness-age = vecums
fairness-gender = dzimums
fairness-pregnancy-family = grūtniecība un ģimenes plāni
fairness-marital-status = ģimenes stāvoklis
fairness-religion = reliģija
fairness-ethnicity-origin = etniskā vai nacionālā izcelsme (arī akcents)
fairness-health-disability = veselība un invaliditāte
fairness-sexual-orientation = seksuālā orientācija
fairness-union-membership = dalība arodbiedrībā
fairness-school-prestige = mācību iestādes prestižs
fairness-why-age = Vecums nedrīkst ietekmēt vērtējumu.
fairness-why-gender = Dzimums nedrīkst ietekmēt vērtējumu.
fairness-why-pregnancy-family = Par grūtniecību, bērniem un ģimenes plāniem nedrīkst jautāt, un tos nedrīkst ņemt vērā.
fairness-why-marital-status = Ģimenes stāvoklim nav nekāda sakara ar darbu.
fairness-why-religion = Reliģija un pārliecība nedrīkst ietekmēt vērtējumu.
fairness-why-ethnicity-origin = Vērtējiet, cik skaidri kandidāts izsakās, nevis viņa izcelsmi vai akcentu.
fairness-why-health-disability = Par veselību un invaliditāti nedrīkst izjautāt, un to nedrīkst pierakstīt.
fairness-why-sexual-orientation = Seksuālajai orientācijai vērtējumā nav vietas.
fairness-why-union-membership = Dalība arodbiedrībā nedrīkst ietekmēt vērtējumu.
fairness-why-school-prestige = Vērtējiet prasmes un pierādījumus, nevis mācību iestādes nosaukumu.
review-note = Piezīme { $time }, autors: { $author }
review-answer = Atbilde uz jautājumu „{ $question }“
review-rationale = Pamatojums, autors: { $panelist }
review-consensus = Komisijas lēmuma pamatojums
review-found = { $category } („{ $words }“): { $why }
review-not-quoted = Atgriezeniskās saites melnrakstā nav iekļauts.
review-names-candidate = Kandidāta vārds minēts brīvā tekstā ({ $count }): eksportējiet ar --redact, lai to aizstātu ar iniciāļiem.
review-names-referees = Atsauksmju sniedzēju vārdi minēti brīvā tekstā ({ $count }): --redact aizstāj arī tos.
review-checked = Nekas nav atzīmēts. Piezīmes ({ $notes }), atbilžu kopsavilkumi ({ $answers }) un pamatojumi ({ $rationales }) pārbaudīti, vai tajos nav minēts: { $categories } — visās piecās valodās.
editor-fairness = ⚑ pārskatīt: { $categories }
export-none = Nav.
export-timeline = Hronoloģija
export-legend-section = sākas jauna sadaļa
export-minutes = { $minutes } min
export-footer = Izveidots ar rapport { $version } · eksportēts { $date }
export-redacted = Vārdi aizstāti ar iniciāļiem, e-pasta adreses un tālruņa numuri paslēpti: { $count }
redacted-email = [e-pasts]
redacted-phone = [tālrunis]
rec-strong-no = Noteikti nē
rec-no = Nē
rec-yes = Jā
rec-strong-yes = Noteikti jā

## Vērtēšanas ekrāns
help-scoring = Novērtēt kandidātu pēc vērtēšanas kritērijiem
scoring-title = Vērtēšana
scoring-as = kā { $panelist }
scoring-level = Līmenis
scoring-not-assessed-short = nv
scoring-feeding = { $count ->
    [zero] Pie jautājumiem, kas attiecas uz šo kritēriju, ir { $count } piezīmju (pierādījumu izvēlē apzīmētas ar ◆).
    [one] Pie jautājumiem, kas attiecas uz šo kritēriju, ir { $count } piezīme (pierādījumu izvēlē apzīmēta ar ◆).
   *[other] Pie jautājumiem, kas attiecas uz šo kritēriju, ir { $count } piezīmes (pierādījumu izvēlē apzīmētas ar ◆).
}
scoring-evidence-for = Pierādījumi kritērijam { $criterion }
scoring-rationale = Kāpēc šāds ieteikums? ({ $key } saglabā)
scoring-total = Svērtais vērtējums { $score } · novērtētā daļa { $coverage }
scoring-lacking = bez pierādījumiem: { $criteria }

# The summary and the end of an interview
help-summary = Kopsavilkums: vērtējumi, laiks, zīmes un eksports
help-end = Beigt interviju (vispirms parāda, kas vēl nav izdarīts)
summary-more = ↓ vēl zemāk
summary-title = Kopsavilkums
summary-not-ended = Intervija vēl turpinās: beidziet ar { $key }.
summary-exported = Saglabāts: { $path }
summary-export-failed = Nav saglabāts: { $reason }
coverage-title = Pirms beidzat
coverage-complete = Visi plānotie jautājumi uzdoti, visi kritēriji novērtēti ar pierādījumiem.
coverage-not-asked = Neuzdotie jautājumi ({ $count })
coverage-not-scored = Nenovērtētie kritēriji ({ $count })
coverage-no-evidence = Novērtēts bez pierādījumiem ({ $count })
coverage-more = … un vēl { $count }

# Punctuation of labels and lists
label-colon = { $label }:
list-separator = {", "}

# Export and import on the command line
cli-exported = { $what } eksportēts uz { $path }
cli-imported = { $what } importēts ar ID { $id }
cli-merged = Apvienots ar interviju { $what } — jauni notikumi: { $new }, jau bija: { $known }
cli-invited = Uzaicinājums uz interviju { $what } saglabāts failā { $path }: nosūtiet to komisijai; katrs pievienojas ar `rapport join FAILS --as VĀRDS`
cli-joined = Pievienojāties intervijai { $what } kā { $panelist }

# Numbers
decimal-mark = ,
percent = { $n } %
quoted = „{ $text }“

## Taustiņi: ko katrs taustiņš dara (palīdzībā) un tā vārds apakšējā rindā. Pašu taustiņu
## nosaukumi (Ctrl-E, F10, Esc…) nāk no taustiņiem, nevis no šejienes.
help-kind = Uzreiz izvēlēties piezīmes veidu: 1 piezīme, 2 citāts, 3 brīdinājuma zīme, 4 pozitīva zīme, 5 papildjautājums, 6 pārbaudīt atsauksmēs, 7 kandidātam
help-restore-note = Atjaunot pēdējo izdzēsto piezīmi
help-clear-selection = Noņemt piezīmes izvēli
help-scroll-up = Ritināt uz augšu
help-scroll-down = Ritināt uz leju
help-page-up = Lapu uz augšu
help-page-down = Lapu uz leju
help-top = Uz sākumu
help-bottom = Uz beigām
help-confirm-quit = Iziet (viss ir saglabāts)
help-confirm-submit = Iesniegt vērtējumus
help-confirm-delete = Dzēst piezīmi
help-confirm-end = Beigt interviju
help-stay = Atpakaļ; nekas netiek mainīts
help-keep-going = Atpakaļ uz interviju
help-reopen-counted = Atsākt; laiks kopš beigām tiek ieskaitīts
help-reopen-left-out = Atsākt; laiks kopš beigām netiek ieskaitīts
help-downtime-went-on = Intervija turpinājās: laiku ieskaitīt
help-downtime-stopped = Arī intervija apstājās: laiku neieskaitīt
help-export = Saglabāt kopsavilkumu Markdown, HTML, CSV un JSON formātā
help-end-or-reopen = Beigt interviju (ja jau beigta – atsākt)
help-back-to-interview = Atpakaļ uz interviju
help-criterion-up = Iepriekšējais kritērijs
help-criterion-down = Nākamais kritērijs
help-level-down = Zemāks līmenis (zem 1: nav novērtēts)
help-level-up = Augstāks līmenis
help-evidence = Izvēlēties piezīmes, kas pamato šo vērtējumu
help-recommendation = Nākamais ieteikums
help-rationale = Uzrakstīt pamatojumu
help-submit = Iesniegt savus vērtējumus (ar apstiprinājumu)
help-note-up = Iepriekšējā piezīme
help-note-down = Nākamā piezīme
help-pick = Izvēlēties vai noņemt piezīmi
help-evidence-done = Gatavs: saglabāt izvēlētās piezīmes
help-save-form = Saglabāt
help-cancel = Atcelt
help-next-field = Nākamais lauks
help-previous-field = Iepriekšējais lauks
help-edit-kind = Mainīt piezīmes veidu
help-delete-note = Dzēst piezīmi (ar apstiprinājumu)
help-match-up = Iepriekšējais rezultāts
help-match-down = Nākamais rezultāts
help-go-there = Pāriet uz to (jautājums no bankas tiek pievienots šai sadaļai)
help-row-up = Iepriekšējā intervija
help-row-down = Nākamā intervija
help-continue = Turpināt interviju
help-new-interview = Sākt jaunu interviju
help-demo = Atvērt demo interviju
help-delete-session = Dzēst izvēlēto interviju (parāda, kas tiks dzēsts, un vispirms jautā)
help-confirm-delete-session = Dzēst neatgriezeniski
hint-confirm-delete-session = dzēst neatgriezeniski
home-delete-title = Dzēst interviju ar { $candidate }?
home-delete-lists = Tiks dzēsti šie faili, kā arī intervijas rindas paša rapport žurnālā:
home-delete-warning = To nevar atsaukt. Del dzēš visu; Esc to saglabā.
home-deleted = Intervija ar { $candidate } ir izdzēsta.
home-delete-failed = Nekas netika dzēsts: { $reason }
help-leave = Iziet no rapport
help-choice-left = Iepriekšējā izvēle
help-choice-right = Nākamā izvēle
help-start = Sākt interviju
hint-help = palīdzība
hint-commit = saglabāt
hint-newline = jauna rinda
hint-next-kind = veids
hint-next-question = tālāk
hint-pause = pauze
hint-scoring = vērtēšana
hint-summary = kopsavilkums
hint-end = beigt
hint-quit = iziet
hint-scroll = ritināt
hint-close = aizvērt
hint-confirm-quit = iziet
hint-confirm-submit = iesniegt
hint-confirm-delete = dzēst
hint-confirm-end = beigt interviju
hint-stay = atpakaļ
hint-keep-going = turpināt
hint-reopen-counted = atsākt, ieskaitot laiku
hint-reopen-left-out = atsākt, neieskaitot laiku
hint-downtime-went-on = jā, turpinājās
hint-downtime-stopped = nē, arī apstājās
hint-export = saglabāt failos
hint-back = atpakaļ
hint-criterion = kritērijs
hint-level = līmenis
hint-evidence = pierādījumi
hint-recommendation = ieteikums
hint-rationale = kāpēc
hint-submit = iesniegt
hint-note = piezīme
hint-pick = izvēlēties
hint-done = gatavs
hint-save = saglabāt
hint-cancel = atcelt
hint-next-field = nākamais lauks
hint-delete = dzēst
hint-choose = izvēlēties
hint-go-there = pāriet
hint-continue = turpināt
hint-new-interview = jauna intervija
hint-demo = demo
hint-change = mainīt
hint-start = sākt

## Apstiprinājumi un tas, kas vajadzīgs veidlapai
confirm-quit-title = Iziet no rapport?
confirm-submit-title = Iesniegt vērtējumus?
confirm-submit = Jūsu vērtējumi un ieteikums tiks reģistrēti kā iesniegti. Jūs tos joprojām varat mainīt; katra izmaiņa tiek saglabāta.
confirm-delete-title = Dzēst šo piezīmi?
confirm-delete = Tā pazudīs no hronoloģijas, bet paliks intervijas vēsturē. Intervijas ekrānā to var atjaunot ar { $key }.
confirm-reopen-title = Atsākt interviju?
confirm-reopen = Tā beidzās pirms { $gap }, kad intervijas pulkstenis rādīja { $clock }. Vai intervija kopš tā laika turpinājās?
role-need-employer = Jānorāda vismaz darba devējs.
answer-need-text = Vispirms uzrakstiet kopsavilkumu ({ $key } atstāj to nemainītu).
note-edit-need-text = Piezīmē jābūt tekstam; ja vēlaties to noņemt, izdzēsiet to.
note-edit-kind = Veids
reference-unmark = Atstājiet tukšu, lai noņemtu vadītāja atzīmi.
ratings-invalid = 1–10, vesels skaitlis
ratings-refused = Nekas nav saglabāts: katram vērtējumam jābūt veselam skaitlim no 1 līdz 10.
ratings-modesty = Ziemeļvalstu, Baltijas un Ķīnas intervijās pieticīgs pašvērtējums ir bieži sastopams: pirms izdarāt secinājumus, pajautājiet, kāpēc.
question-time-on = jau { $time }
help-question-down = Ritināt uz leju to, kam pievērst uzmanību, ja tas neietilpst
help-question-up = Ritināt atpakaļ uz augšu
question-more = { $count ->
        [zero] vēl { $count } rindu
        [one] vēl { $count } rinda
       *[other] vēl { $count } rindas
    } · { $key }
home-no-plans = Nav instalēts neviens intervijas plāns: nav ko salīdzināt.
home-no-store = Intervijas šeit nevar nolasīt.
home-call-is-reference = Tas ir atsauksmes zvans: izvēlieties kandidāta interviju, lai zvanītu citam atsauksmes sniedzējam.
home-call-none-marked = Intervijā ar { $candidate } neviens vadītājs nav atzīmēts atsauksmes zvanam: atzīmējiet kādu ar F8 pie amata hronoloģiskajā izpētē.
help-compare = Izvēlētās intervijas plāns: tā kandidāti blakus un tas, cik saskaņoti vērtē komisija
hint-compare = salīdzināt
help-call-reference = Zvanīt atsauksmes sniedzējam, kas atzīmēts izvēlētajā intervijā (vispirms reģistrē kandidāta piekrišanu)
hint-call-reference = atsauksmes zvans
help-sort-left = Kārtot pēc kolonnas pa kreisi
help-sort-right = Kārtot pēc kolonnas pa labi
hint-sort = kārtot
help-reverse-sort = Apgriezt secību
hint-reverse-sort = apgriezt
help-candidate-up = Iepriekšējais kandidāts (vai ritināt uz augšu)
help-candidate-down = Nākamais kandidāts (vai ritināt uz leju)
help-plan-tab = Pārslēgties starp kandidātiem un kalibrēšanu
hint-plan-tab = kalibrēšana
help-next-plan = Nākamais intervijas plāns
hint-next-plan = nākamais plāns
help-open-candidate = Atvērt izvēlētā kandidāta pēdējo interviju
hint-open-candidate = atvērt
help-back-to-list = Atpakaļ uz interviju sarakstu
help-referee-up = Iepriekšējais atsauksmes sniedzējs
help-referee-down = Nākamais atsauksmes sniedzējs
help-start-call = Sākt zvanu ar ierakstīto piekrišanu
hint-start-call = sākt zvanu
calling-title = Atsauksmes zvans par kandidātu { $candidate }
calling-choose = Kam zvanāt?
calling-consent = Kā kandidāts piekrita šim zvanam? (piemēram: „piekrita intervijas beigās“)
calling-need-consent = Vispirms reģistrējiet kandidāta piekrišanu: atsauksmes sniedzējam drīkst zvanīt tikai ar to.
plan-sorted-by = Kārtots pēc: { $column }
plan-hidden-columns = { $count ->
    [one] Vēl { $count } kolonna nav redzama: ←→ to parāda.
   *[other] Vēl { $count } kolonnas nav redzamas: ←→ tās parāda.
}
hint-plan-tab-candidates = kandidāti
referee-rating-title = Atsauksmes sniedzēja vērtējums par kandidātu { $candidate }
referee-rating-label = Vērtējums (1–10)
referee-rating-ask = Pajautājiet: “Kā jūs kopumā novērtētu šo cilvēku skalā no 1 līdz 10?” Atstājiet tukšu, lai vērtējumu dzēstu.
referee-rating-invalid = Nekas nav saglabāts: vērtējumam jābūt veselam skaitlim no 1 līdz 10 ({ $key } atstāj to nemainītu).
references-consent-as-recorded = { $how } (reģistrēja { $by }, { $date })

## rapport resume --no-tui
resume-session = intervija
resume-clock = laiks
resume-section = daļa
resume-notes = piezīmes
resume-last-seen = pēdējo reizi aktīva
resume-unsaved = nesaglabāts
resume-ended = beigusies
resume-paused = pauzē
resume-running = notiek
resume-clock-value = { $spent } no { $planned } ({ $status })
resume-draft = „{ $text }“ (saglabāts kā melnraksts)

## Iestatījumi, rokasgrāmata, apstiprinājumi
config-bad = { $error }. rapport turpina ar noklusējuma iestatījumiem.
config-set = { $key } tagad ir { $value } (failā { $path }).
config-removed = { $key } vairs nav iestatīts (failā { $path }).
man-installed = Rokasgrāmatas lapa ir { $path }: `man rapport` to atver (ja ne, pievienojiet ~/.local/share/man mainīgajam MANPATH).
delete-confirm = Dzēst to visu neatgriezeniski? [j/N]
confirm-yes-words = j, jā, ja

## Jautājumu kategorijas un birkas (rapport banks)
category-philosophy = Apkalpošanas filozofija
category-behavioural = Uzvedības jautājumi
category-situational = Situāciju jautājumi
category-personal = Personīgie jautājumi
category-company = Par mums
category-deep_dive = Karjeras apskats
category-reference_check = Atsauksmes zvans
tag-screen = īsā intervija
tag-deep = padziļinātā intervija
tag-reference = atsauksmes zvans
tag-practical = praktisks uzdevums

## Dzēšana (rapport forget, rapport purge un Del sākuma ekrānā)
deletion-session = Intervija { $id }, izveidota { $date }
deletion-session-named = Intervija { $id } — { $what }, izveidota { $date }
deletion-index-entry = tās ieraksts failā { $path }
deletion-unreadable = Intervija { $id }: tās žurnālu nevar nolasīt
deletion-stray = { $path } (palicis no pārtrauktas rakstīšanas)
deletion-log-lines = { $count ->
    [one] { $count } rinda rapport žurnālā { $path }
   *[other] { $count } rindas rapport žurnālā { $path }
}
deletion-not-confirmed = Nekas netika izdzēsts (apstipriniet ar --yes vai palaidiet komandu terminālī).
forget-need-name = --candidate vajag vārdu
forget-unreadable = interviju nevarēja nolasīt, tāpēc vārds tika meklēts tās failos: { $error }
forget-nothing = rapport par šo kandidātu nekā nav: nav ko dzēst.
forget-lists = Tiks izdzēsts viss, kas rapport ir par šo kandidātu:
forget-deleted = Par šo kandidātu izdzēsti { $files ->
    [one] { $files } fails
   *[other] { $files } faili
} un { $lines ->
    [one] { $lines } žurnāla rinda
   *[other] { $lines } žurnāla rindas
}.
purge-too-long = --older-than ir par garu
purge-unreadable = interviju nevarēja nolasīt, tāpēc tā netika aiztikta: { $error }
purge-nothing = Neviena intervija nav vecāka par { $age }: nav ko dzēst.
purge-lists = Šīs intervijas pēdējo reizi mainītas pirms { $date }:
purge-deleted = Izdzēsti { $files ->
    [one] { $files } fails
   *[other] { $files } faili
} un { $lines ->
    [one] { $lines } žurnāla rinda
   *[other] { $lines } žurnāla rindas
}.
