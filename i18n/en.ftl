# rapport — user interface, English (the fallback for every other language).
# Keep each text short: it is read at a glance, mid-call, often at 80 columns.

## Header
header-remaining = { $time } left
header-overtime = { $time } over time
header-section = { $section }: { $time } left
header-section-over = { $section }: { $time } over
pace-behind = { $time } behind
pace-ahead = { $time } ahead
pace-on-time = on time
clock-paused = PAUSED
clock-ended = ENDED
clock-not-started = not started
header-panelist = as { $name }

## Save state
save-saved = ✓ saved
save-failed = ✗ NOT SAVED — { $reason }
save-draft = draft kept

## Panels
panel-agenda = Agenda
panel-question = Question
panel-notes = Notes
panel-editor = New { $kind }
notes-empty = No notes yet. Just start typing.
notes-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}

## The question
question-none = No planned question here.
question-look-for = Look for
question-follow-ups = Follow-ups
question-red-flags = Red flags
question-green-flags = Green flags
question-fallback = (in English: no { $lang } text)
question-position = Question { $n } of { $total }

## Note kinds
kind-note = note
kind-quote = quote
kind-red-flag = red flag
kind-green-flag = green flag
kind-follow-up = follow-up
kind-check-with-reference = check with referee
kind-feedback = for the candidate

## Editor
editor-placeholder = Type to take a note. Enter saves it.

## Status line
status-help = F1 help
status-hints = Enter save · Alt-Enter new line · Ctrl-N next question · F2 pause · Ctrl-Q quit

## Help overlay
help-title = Keys
help-close = Esc closes this help
help-close-scroll = ↑↓ more keys · Esc closes this help
help-commit = Save the note
help-newline = New line in the note
help-next-question = Next question (marks it asked)
help-previous-question = Previous question
help-skip-question = Skip the question
help-next-kind = Next note kind
help-pause = Pause or resume the clock
help-next-section = Next section
help-help = This help
help-quit = Quit (asks first)
help-quit-now = Quit now (everything is saved)
help-close-popup = Close a popup; the note stays
help-scroll-notes = Select an older note
help-scroll-notes-down = Select a newer note

## Popups
confirm-quit = Quit rapport? Everything is saved. (y / n)
too-small = Terminal too small: { $width }×{ $height }. Make it at least { $min-width }×{ $min-height }.
downtime-title = rapport was closed
downtime-question = rapport was not running for { $gap } (since { $since }). Did the interview go on meanwhile?
downtime-keys = y: yes, count that time · n: no, leave it out

## Home
home-tagline = questions, clock and notes beside a live interview
home-sessions = Recent interviews
home-none = No interviews yet. Press n to start one, or d to try the demo.
home-keys = ↑↓ choose · Enter continue · n new interview · d demo · q quit
home-open = open · { $time }
home-ended = ended · { $time }
form-title = New interview
form-candidate = Candidate
form-format = Format
form-lang = Questions in
form-also = Also show
form-panelist = Your name
form-none = —
form-keys = Tab next · ←→ change · Enter start · Esc back
form-need-candidate = Type the candidate's name first.

## The demo interview
demo-candidate = Maja Hansen (demo)
demo-note-1 = Wants to coach new agents within a year; has a plan for it
demo-note-2 = Cut repeat contacts by a fifth at her last job, with numbers
demo-note-3 = "I'd rather ask twice than guess."
demo-note-4 = Vague about why she left the last team
demo-note-5 = Ask her former manager about the March backlog
demo-note-6 = Your example about cutting repeat contacts was concrete and well told: what happened, what you did, and the result.

## The 1–10 rule
ratings-title = How would they rate you, 1–10?
ratings-manager = Manager { $n }
ratings-colleague = Colleague { $n }
ratings-keys = Tab next · type a name, then the rating · Enter save · Esc cancel
class-incomplete = Incomplete: ask for the rest
class-lacks-self-awareness = All 10s: lacks self-awareness
class-may-have-overstated = Half or more at 7 or lower: may have overstated
class-credible = Mostly 8s and 9s: credible
class-mixed = Mixed: probe further
help-ratings = The 1–10 rule: predicted ratings

## The deep-dive
role-add-title = Add a role from the CV
role-employer = Employer
role-job-title = Job title
role-from = From
role-to = To
role-manager = Manager
role-keys = Tab next · Enter add · Esc cancel
role-line = { $employer } — { $title }
role-time-each = about { $time } per role still to cover
role-none-yet = No roles yet: F7 adds the first role from the CV.
reference-title = Call this manager for a reference?
reference-reason = Why (a success, a challenge, a key relationship)
reference-keys = Enter mark · empty + Enter to unmark · Esc cancel
help-add-role = Deep-dive: add a role
help-reference = Deep-dive: mark the manager for a reference call

## Answers and note edits
answer-title = The answer, in a line
answer-label = Summary
answer-keys = Enter save · Esc cancel
note-edit-title = Edit the note from { $time }
note-edit-label = Note
note-edit-keys = Enter save · Ctrl-D delete · Esc cancel
help-answer = Sum up the answer in a line
help-edit-note = Edit the selected note (Alt-↑ selects)

## Finding a question
search-title = Find a question
search-prompt = Search
search-keys = ↑↓ choose · Enter go there, or bring it here · Esc close
search-planned = planned
search-bank = from a bank
search-none = Nothing matches.
help-search = Find any question, or bring one in from the banks

## rapport list (plain text, for pipes and scripts)
list-id = ID
list-candidate = CANDIDATE
list-role = ROLE
list-format = FORMAT
list-created = CREATED
list-state = STATE
list-notes = NOTES
list-damaged = damaged, resume repairs it
list-empty = No interviews yet. Start one with:
list-example = rapport new --candidate "Kari Nordmann"
list-hint = Start one: rapport new --candidate NAME · Continue: rapport resume ID · Help: rapport --help
list-skipped = rapport: left out a session that cannot be read: { $error }
form-plan = Role

## rapport plans / banks (content tools)
content-plan = PLAN
content-rubric = RUBRIC
content-formats = FORMATS
persona-mission = Mission
persona-outcomes = Outcomes
persona-competencies = Competencies
persona-culture = Culture
plans-rubric = Rubric: { $rubric } v{ $version }
plans-minutes = { $minutes } min
plans-fill = questions ≈ { $minutes } min
plans-fill-per-role = questions ≈ { $minutes } min per role
banks-category = category
banks-all = all
banks-total = total
banks-builtin = built-in
banks-yours = yours

## The feedback draft for the candidate (in the interview language)
feedback-thanks = Dear { $candidate }, thank you for taking the time to talk with us. Here is a short summary of what we noticed.
feedback-strength = Your strongest area: { $criterion }. In the words of our rubric: “{ $description }”
feedback-growth = An area to develop: { $criterion }. What the next level looks like in our rubric: “{ $description }”
feedback-notes = A few things we would like to pass on:
feedback-close = Thank you again for your interest in working with us.

## Exports (Markdown, HTML, CSV) and, later, the scoring and summary screens
export-interview = Interview
export-format = Format
export-date = Date
export-duration = Duration
export-duration-value = { $spent } of { $planned } planned
export-duration-open = { $spent } of { $planned } planned (not ended)
export-rubric = Rubric
export-rubric-value = { $title } ({ $id }, version { $version })
export-languages = Questions in
export-panel = Panel
export-summary = Summary
export-panelist = Panelist
export-weighted = Weighted score
export-coverage = Coverage
export-recommendation = Recommendation
export-status = Status
export-submitted = submitted
export-draft = not submitted
export-rationale = Rationale
export-formula = Weighted score = Σ (weight × level) ÷ Σ weight, over the criteria scored 1–4. Coverage = the share of the total weight that was scored.
export-self-awareness = The 1–10 rule
export-scores = Scores
export-criterion = Criterion
export-weight = Weight
export-mean = Mean
export-evidence = Evidence
export-not-scored = not scored
export-no-evidence = no evidence yet
export-time = Time per section
export-section = Section
export-planned = Planned
export-spent = Spent
export-flags = Flags
export-roles = Deep-dive roles
export-manager = manager
export-call-reference = call for a reference
export-follow-ups = Follow-ups
export-notes = Notes
export-feedback = Feedback draft for the candidate
export-feedback-hint = A starting point to edit before sending, in the interview language; built only from the rubric and notes marked for the candidate.
export-review = Review before sharing
export-review-none = Nothing flagged.
export-none = None.
export-timeline = Timeline
export-minutes = { $minutes } min
export-footer = Made with rapport { $version } · exported { $date }
export-redacted = Names replaced by initials: { $count }
rec-strong-no = Strong no
rec-no = No
rec-yes = Yes
rec-strong-yes = Strong yes

## The scoring screen
help-scoring = Score the candidate on the rubric
scoring-title = Scoring
scoring-as = as { $panelist }
scoring-level = Level
scoring-not-assessed-short = n/a
scoring-feeding = { $count ->
    [0] No notes were taken on questions that feed this criterion yet.
    [one] One note was taken on questions that feed this criterion (◆ when picking evidence).
   *[other] { $count } notes were taken on questions that feed this criterion (◆ when picking evidence).
}
scoring-evidence-for = Evidence for { $criterion }
scoring-rationale = Why this recommendation? (Enter saves)
scoring-total = Weighted score { $score } · coverage { $coverage }
scoring-lacking = without evidence: { $criteria }
scoring-keys = ↑↓ criterion · 1–4 level · 0 not assessed · e evidence · r recommendation · w why · s submit · Esc back
scoring-evidence-keys = ↑↓ note · Space pick or drop · Enter save · Esc back
scoring-rationale-keys = Type the rationale · Enter save · Esc back

# The summary and the end of an interview
help-summary = Summary: scores, time, flags and exports
help-end = End the interview (first shows what is still open)
summary-more = ↓ more below
summary-title = Summary
summary-keys = m Markdown · h HTML · c CSV · j JSON · F10 scoring · ↑↓ scroll · Esc back
summary-not-ended = The interview is still running: Ctrl-E or e ends it.
summary-exported = Saved to { $path }
summary-export-failed = Not saved: { $reason }
coverage-title = Before you end
coverage-complete = Every planned question asked, every criterion scored with evidence.
coverage-not-asked = Questions not asked ({ $count })
coverage-not-scored = Criteria not scored ({ $count })
coverage-no-evidence = Scored without evidence ({ $count })
coverage-more = …and { $count } more
coverage-keys = y end the interview · F10 scoring · Esc keep going

# Punctuation of labels and lists
label-colon = { $label }:
list-separator = {", "}

# Export and import on the command line
cli-exported = Exported { $what } to { $path }
cli-imported = Imported { $what } as { $id }

# Numbers
decimal-mark = .
percent = { $n }%
quoted = “{ $text }”
