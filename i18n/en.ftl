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
header-panelist-changed = as { $name } (was { $was } here)

## Save state
save-saved = ✓ saved
save-failed = ✗ NOT SAVED since { $since }: { $reason }. Nothing after that is on disk.
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
editor-placeholder = Type to take a note. { $key } saves it.

## Status line

## Help overlay
help-title = Keys
help-close = Close this help
help-commit = Save the note
help-newline = New line in the note
help-next-question = Next question (the one shown counts as asked)
help-previous-question = Previous question
help-skip-question = Skip the question
help-next-kind = Next note kind
help-pause = Pause or resume the clock
help-next-section = Next section
help-help = This help
help-quit = Quit (asks first)
help-quit-now = Quit now (everything is saved)
help-scroll-notes = Select an older note
help-scroll-notes-down = Select a newer note

## Popups
confirm-quit = Leave rapport? Everything is saved, and the note you are typing is kept as a draft.
too-small = Terminal too small: { $width }×{ $height }. Make it at least { $min-width }×{ $min-height }.
downtime-title = rapport was closed
downtime-question = rapport was not running for { $gap } (since { $since }). Did the interview go on meanwhile?

## Home
home-tagline = questions, clock and notes beside a live interview
home-sessions = Recent interviews
home-none = No interviews yet. Press n to start one, or d to try the demo.
home-open = open · { $time }
home-ended = ended · { $time }
form-title = New interview
form-candidate = Candidate
form-format = Format
form-lang = Questions in
form-also = Also show
form-panelist = Your name
form-none = —
form-need-candidate = Type the candidate's name first.

## The demo interview
demo-candidate = Maja Hansen (demo)
demo-note-1 = Wants to coach new agents within a year; has a plan for it
demo-note-2 = Cut repeat contacts by a fifth at her last job, with numbers
demo-note-3 = "I'd rather ask twice than guess."
demo-note-4 = Vague about why she left the last team
demo-note-5 = Ask her former manager about the March backlog
demo-note-6 = Your example about cutting repeat contacts was concrete and well told: what happened, what you did, and the result.
demo-note-7 = Ask how she keeps quality up with thirty chats waiting
demo-answer-1 = Wants to run onboarding for new agents and judge it by their first-month quality scores.
demo-answer-2 = Looks for more responsibility in training, and a team that shares what it learns.
demo-answer-3 = Colleagues would name her patience on hard calls and how clearly she writes.
demo-rationale = Clear, warm and concrete; check with her former manager how she left the last team.
demo-manager-1 = Eva Strand
demo-manager-2 = Lars Moe
demo-colleague-1 = Sara Holm
demo-colleague-2 = Tom Berg
demo2-candidate = Jonas Lind (demo)
demo2-panelist = Kim
demo2-title-1 = Customer service agent
demo2-title-2 = Senior agent, chat team
demo2-title-3 = Team lead, returns
demo2-manager-1 = Eva Strand
demo2-manager-2 = Lars Moe
demo2-manager-3 = Sara Holm
demo2-reference = Led the chat backlog project together; can speak to how he handles pressure.
demo2-note-1 = Hired to clear a phone queue that was three days behind
demo2-note-2 = Cut the chat backlog from 400 to 40 in two months, and kept it there
demo2-note-3 = "My manager trusted me with the angry customers."
demo2-note-4 = Left because the returns team had no lead; took the role himself
demo2-note-5 = Talks about the team as "we" throughout; credits colleagues by name
demo2-note-6 = Unclear how he measured quality before the new tool came in
demo2-answer-1 = Built the chat team's first quality checklist, later used across the company.

## The 1–10 rule
ratings-title = How would they rate you, 1–10?
ratings-manager = Manager { $n }
ratings-colleague = Colleague { $n }
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
role-line = { $employer } — { $title }
role-time-each = about { $time } per role still to cover
role-none-yet = No roles yet: { $key } adds the first role from the CV.
reference-title = Call this manager for a reference?
reference-reason = Why (a success, a challenge, a key relationship)
help-add-role = Deep-dive: add a role
help-reference = Deep-dive: mark the manager for a reference call

## Answers and note edits
answer-title = The answer, in a line
answer-label = Summary
note-edit-title = Edit the note from { $time }
note-edit-label = Note
help-answer = Sum up the answer in a line
help-edit-note = Edit or delete the selected note, or the newest

## Finding a question
search-title = Find a question
search-prompt = Search
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
feedback-thanks = Dear { $candidate }, thank you for taking the time to talk with us. Here is a short summary of our impressions from the interview.
feedback-strength = Your strongest area: { $criterion }. { $description }
feedback-growth = An area to develop: { $criterion }. { $description }
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
csv-session = Session
csv-candidate = Candidate
csv-date = Date
csv-plan = Plan
csv-format = Format
csv-criterion-id = Criterion id
export-weighted = Weighted score
export-coverage = Coverage
export-recommendation = Recommendation
export-status = Status
export-submitted = submitted
export-draft = not submitted
debrief-title = Debrief
debrief-spread = Spread
debrief-disputes = Disputes ({ $count }): levels { $spread } or more apart, or recommendations split between no and yes. Talk them through, or settle them with a second interview.
debrief-no-disputes = No disputes: no levels { $spread } or more apart, and no split between no and yes.
debrief-split = split
debrief-consensus = Consensus
debrief-no-consensus = Not recorded yet.
debrief-blind = You have not submitted yet: only your own scores are shown.
debrief-timeline = The panel's notes
decision-hire = Hire
decision-no-hire = No hire
decision-second-interview = Second interview
debrief-decided = { $decision }, recorded by { $by }
compare-title = Candidates compared
compare-none = No scored interviews of this plan yet.
compare-best = Bold: the best level on a criterion. Only submitted scorecards count; levels are the mean over the panel and over the candidate's interviews.
compare-best-screen = Highlighted: the best level on a criterion. Only submitted scorecards count; levels are the mean over the panel and over the candidate's interviews.
compare-open = Scorecards still open, not counted yet: { $count }.
calibration-title = Calibration
calibration-sessions = Sessions counted: { $count } (every scorecard submitted, by two or more panelists).
calibration-alpha = Agreement (α, ordinal)
calibration-units = Units
calibration-reading = Reading
calibration-all = All criteria
calibration-reliable = reliable
calibration-tentative = tentative
calibration-not-yet = not reliable yet
calibration-undefined = too little to say
calibration-guidance = Krippendorff's alpha: 1 is perfect agreement, 0 is no better than chance. From 0.800 the rubric is applied reliably; from 0.667 conclusions are tentative; below that, not yet. A unit is one candidate on one criterion.
calibration-leniency = Leniency
calibration-pairs = Pairs
calibration-leniency-means = Leniency is the mean of a panelist's level minus another panelist's on the same candidate and criterion: above 0 they score higher than the rest of the panel, below 0 lower.
references-title = Reference calls
references-referee = Referee
references-where = Where
references-called = Called
references-predicted = Candidate predicted
references-actual = Referee's rating
references-gap = Gap
references-reading = Reading
references-consent = Consent
references-consent-given = recorded
references-consent-missing = not recorded
references-agree-consistent = consistent
references-agree-over = below the prediction
references-agree-under = above the prediction
references-agree-open = not compared yet
references-consistent = Every referee rated the candidate within a point of their prediction: they know how they come across, a sign of high self-awareness.
references-overestimated = A referee rated the candidate 2 or more points below their prediction: ask about that role.
references-underestimated = Referees rated the candidate 2 or more points above their prediction, none below: the candidate rates themselves modestly.
references-not-yet = No referee has both a prediction and a rating yet.
references-rule = { $within ->
    [one] Within { $within } point of the prediction counts as consistent.
   *[other] Within { $within } points of the prediction counts as consistent.
} Like the 1–10 verdict, this is a prompt to ask why, never a conclusion.
references-levels = Rubric levels: the panel and the references
references-panel = Panel
references-line = { $referee } ({ $where }): predicted { $predicted }, rated { $actual } — { $reading }
references-as-panelist = { $referee } (reference)
compare-references = References
debrief-status-submitted = submitted
debrief-status-scoring = scoring
debrief-decide = The panel's decision
debrief-not-submitted = Not submitted yet: { $panelists }. You can record the decision all the same.
debrief-why = Why ({ $key } saves the decision):
help-debrief = Debrief: the panel's scores side by side, and its decision
hint-debrief = debrief
help-anchors = Show or hide the rubric's levels for this criterion
hint-anchors = levels
help-panel-notes-up = Earlier notes of the panel
help-panel-notes-down = Later notes of the panel
hint-panel-notes = notes
help-decide = Record the panel's decision
hint-decide = decision
help-back-to-summary = Back to the summary
help-decision-up = Previous decision
help-decision-down = Next decision
hint-decision = choose
blind-title = Blind until you submit
blind-withheld = { $panelist }: { $submitted ->
        [yes] submitted
       *[no] not submitted yet
    }. Hidden until you submit your own — notes: { $notes }, scores: { $scored }.
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
export-story = The interview, as it went
export-asked = asked
export-skipped = skipped
export-not-asked = not reached
export-added = brought in
export-answer = Answer
export-question-counts = Questions: { $asked } asked · { $skipped } skipped · { $added } brought in · { $open } not reached
export-section-notes = Notes on the section as a whole
export-other-notes = Other notes
export-ratings-who = Who
export-ratings-name = Name
export-ratings-rating = Predicted rating
export-feedback = Feedback draft for the candidate
export-feedback-hint = A starting point to edit before sending, in the interview language; built only from the rubric and notes marked for the candidate.
export-review = Review before sharing
fairness-age = age
fairness-gender = gender
fairness-pregnancy-family = pregnancy and family plans
fairness-marital-status = marital status
fairness-religion = religion
fairness-ethnicity-origin = ethnic or national origin (accent included)
fairness-health-disability = health and disability
fairness-sexual-orientation = sexual orientation
fairness-union-membership = union membership
fairness-school-prestige = school prestige
fairness-why-age = Age must play no part in the assessment.
fairness-why-gender = Gender must play no part in the assessment.
fairness-why-pregnancy-family = Pregnancy, children and family plans are not to be asked about or weighed.
fairness-why-marital-status = Marital status has no bearing on the job.
fairness-why-religion = Religion and belief must play no part in the assessment.
fairness-why-ethnicity-origin = Judge how clearly they communicate, never their background or accent.
fairness-why-health-disability = Health and disability are not to be probed or recorded.
fairness-why-sexual-orientation = Sexual orientation has no place in an assessment.
fairness-why-union-membership = Union membership must play no part in the assessment.
fairness-why-school-prestige = Judge skills and evidence, not the name of a school.
review-note = Note at { $time } by { $author }
review-answer = Answer to “{ $question }”
review-rationale = Rationale of { $panelist }
review-consensus = Reason for the panel's decision
review-found = { $category } (“{ $words }”): { $why }
review-not-quoted = Left out of the feedback draft.
review-names-candidate = The candidate's name appears in free text ({ $count }): export with --redact to replace it with initials.
review-names-referees = Referees' names appear in free text ({ $count }): --redact replaces them too.
review-checked = Nothing flagged. Checked notes ({ $notes }), answer summaries ({ $answers }) and rationales ({ $rationales }) for mentions of { $categories }, in all five languages.
editor-fairness = ⚑ review: { $categories }
export-none = None.
export-timeline = Timeline
export-legend-section = a section begins
export-minutes = { $minutes } min
export-footer = Made with rapport { $version } · exported { $date }
export-redacted = Names replaced by initials, e-mail addresses and phone numbers hidden: { $count }
redacted-email = [e-mail]
redacted-phone = [phone]
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
scoring-rationale = Why this recommendation? ({ $key } saves)
scoring-total = Weighted score { $score } · coverage { $coverage }
scoring-lacking = without evidence: { $criteria }

# The summary and the end of an interview
help-summary = Summary: scores, time, flags and exports
help-end = End the interview (first shows what is still open)
summary-more = ↓ more below
summary-title = Summary
summary-not-ended = The interview is still running: { $key } ends it.
summary-exported = Saved to { $path }
summary-export-failed = Not saved: { $reason }
coverage-title = Before you end
coverage-complete = Every planned question asked, every criterion scored with evidence.
coverage-not-asked = Questions not asked ({ $count })
coverage-not-scored = Criteria not scored ({ $count })
coverage-no-evidence = Scored without evidence ({ $count })
coverage-more = …and { $count } more

# Punctuation of labels and lists
label-colon = { $label }:
list-separator = {", "}

# Export and import on the command line
cli-exported = Exported { $what } to { $path }
cli-imported = Imported { $what } as { $id }
cli-merged = Merged into { $what } — new events: { $new }, already there: { $known }
cli-invited = Invitation to { $what } written to { $path }: send it to the panel; each joins with `rapport join FILE --as NAME`
cli-joined = Joined { $what } as { $panelist }

# Numbers
decimal-mark = .
percent = { $n }%
quoted = “{ $text }”

## Keys: what the help says each key does, and the footer's word for it. The keys' own
## names (Ctrl-E, F10, Esc…) come from the keys, not from here.
help-kind = Note kind at once: 1 note, 2 quote, 3 red flag, 4 green flag, 5 follow-up, 6 check with referee, 7 for the candidate
help-restore-note = Bring back the note deleted last
help-clear-selection = Clear the note selection
help-scroll-up = Scroll up
help-scroll-down = Scroll down
help-page-up = Page up
help-page-down = Page down
help-top = To the top
help-bottom = To the bottom
help-confirm-quit = Quit (everything is saved)
help-confirm-submit = Submit the scores
help-confirm-delete = Delete the note
help-confirm-end = End the interview
help-stay = Go back; nothing changes
help-keep-going = Go back to the interview
help-reopen-counted = Reopen; the time since it ended counts
help-reopen-left-out = Reopen; the time since it ended is left out
help-downtime-went-on = It went on: the time counts
help-downtime-stopped = It stopped too: leave the time out
help-export = Save the summary as Markdown, HTML, CSV and JSON
help-end-or-reopen = End the interview (once ended: reopen it)
help-back-to-interview = Back to the interview
help-criterion-up = Previous criterion
help-criterion-down = Next criterion
help-level-down = Lower level (below 1: not assessed)
help-level-up = Higher level
help-evidence = Pick the notes that back this score
help-recommendation = Next recommendation
help-rationale = Write why
help-submit = Submit your scores (asks first)
help-note-up = Previous note
help-note-down = Next note
help-pick = Pick or drop the note
help-evidence-done = Done: save the notes picked
help-save-form = Save
help-cancel = Cancel
help-next-field = Next field
help-previous-field = Previous field
help-edit-kind = Change the note's kind
help-delete-note = Delete the note (asks first)
help-match-up = Previous match
help-match-down = Next match
help-go-there = Go there (a question from a bank joins this section)
help-row-up = Previous interview
help-row-down = Next interview
help-continue = Continue the interview
help-new-interview = Start a new interview
help-demo = Open the demo interview
help-delete-session = Delete the selected interview (lists what goes, then asks)
help-confirm-delete-session = Delete it for good
hint-confirm-delete-session = delete for good
home-delete-title = Delete the interview with { $candidate }?
home-delete-lists = These files go, and the interview's lines in rapport's own log:
home-delete-warning = This cannot be undone. Del deletes it all; Esc keeps it.
home-deleted = Deleted the interview with { $candidate }.
home-delete-failed = Nothing deleted: { $reason }
help-leave = Leave rapport
help-choice-left = Previous choice
help-choice-right = Next choice
help-start = Start the interview
hint-help = help
hint-commit = save note
hint-newline = new line
hint-next-kind = kind
hint-next-question = next question
hint-pause = pause
hint-scoring = scoring
hint-summary = summary
hint-end = end
hint-quit = quit
hint-scroll = scroll
hint-close = close
hint-confirm-quit = quit
hint-confirm-submit = submit
hint-confirm-delete = delete
hint-confirm-end = end the interview
hint-stay = go back
hint-keep-going = keep going
hint-reopen-counted = reopen, counting the time
hint-reopen-left-out = reopen, leaving it out
hint-downtime-went-on = yes, it went on
hint-downtime-stopped = no, it stopped too
hint-export = save as files
hint-back = back
hint-criterion = criterion
hint-level = level
hint-evidence = evidence
hint-recommendation = recommendation
hint-rationale = why
hint-submit = submit
hint-note = note
hint-pick = pick
hint-done = done
hint-save = save
hint-cancel = cancel
hint-next-field = next field
hint-delete = delete
hint-choose = choose
hint-go-there = go there
hint-continue = continue
hint-new-interview = new interview
hint-demo = demo
hint-change = change
hint-start = start

## Confirmations, and what a form needs
confirm-quit-title = Leave rapport?
confirm-submit-title = Submit your scores?
confirm-submit = Your scores and recommendation go on record as submitted. You can still change them; each change is kept.
confirm-delete-title = Delete this note?
confirm-delete = It leaves the timeline but stays in the session's history. { $key } on the interview screen brings it back.
confirm-reopen-title = Reopen the interview?
confirm-reopen = It ended { $gap } ago, at { $clock } on the clock. Did the interview go on since?
role-need-employer = An employer, at least.
answer-need-text = Write the summary first ({ $key } leaves it as it was).
note-edit-need-text = A note needs some text; to remove it, delete it.
note-edit-kind = Kind
reference-unmark = Leave it empty to unmark the manager.
ratings-invalid = ✗ A rating is a whole number from 1 to 10.
ratings-refused = Nothing saved: each rating is a whole number from 1 to 10.
ratings-modesty = Modest self-ratings are common in Nordic, Baltic and Chinese interviews: ask why before concluding.
question-time-on = { $time } on it
help-question-down = Scroll what to listen for, when it does not fit
help-question-up = Scroll it back up
question-more = { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } · { $key }
home-no-plans = No interview plan is installed: there is nothing to compare.
home-no-store = The sessions cannot be read here.
home-call-is-reference = That is a reference call: choose the candidate's interview to call another referee.
home-call-none-marked = No manager is marked for a reference call in the interview with { $candidate }: mark one with F8 on a deep-dive role.
help-compare = The selected interview's plan: its candidates side by side, and how well the panel agrees
hint-compare = compare
help-call-reference = Call a referee the selected interview marked (records the candidate's consent first)
hint-call-reference = reference call
help-sort-left = Sort by the column to the left
help-sort-right = Sort by the column to the right
hint-sort = sort
help-reverse-sort = Reverse the order
hint-reverse-sort = reverse
help-candidate-up = Previous candidate (or scroll up)
help-candidate-down = Next candidate (or scroll down)
help-plan-tab = Switch between the candidates and the calibration
hint-plan-tab = calibration
help-next-plan = The next interview plan
hint-next-plan = next plan
help-open-candidate = Open the selected candidate's latest interview
hint-open-candidate = open
help-back-to-list = Back to the list of interviews
help-referee-up = Previous referee
help-referee-down = Next referee
help-start-call = Start the call, with the consent as typed
hint-start-call = start the call
calling-title = Reference call for { $candidate }
calling-choose = Who do you call?
calling-consent = How did the candidate agree to this call? (for example: "agreed at the end of the interview")
calling-need-consent = Record the candidate's consent first: a referee is contacted only with it.
plan-sorted-by = Sorted by { $column }
plan-hidden-columns = { $count ->
    [one] One more column: ←→ brings it into view.
   *[other] { $count } more columns: ←→ brings them into view.
}
hint-plan-tab-candidates = candidates
referee-rating-title = The referee's rating of { $candidate }
referee-rating-label = Rating (1–10)
referee-rating-ask = Ask: "On a scale of 1 to 10, how would you rate them overall?" Leave it empty to clear the rating.
referee-rating-invalid = Nothing saved: a rating is a whole number from 1 to 10 ({ $key } leaves it as it was).
references-consent-as-recorded = { $how } (recorded by { $by }, { $date })

## rapport resume --no-tui
resume-session = session
resume-clock = clock
resume-section = section
resume-notes = notes
resume-last-seen = last seen
resume-unsaved = unsaved
resume-ended = ended
resume-paused = paused
resume-running = running
resume-clock-value = { $spent } of { $planned } ({ $status })
resume-draft = "{ $text }" (kept as a draft)

## Settings, the manual, confirmations
config-bad = { $error }. rapport goes on with its defaults.
config-set = { $key } is now { $value } (in { $path }).
config-removed = { $key } is no longer set (in { $path }).
man-installed = The manual page is in { $path }: `man rapport` opens it (if not, add ~/.local/share/man to MANPATH).
delete-confirm = Delete all of this for good? [y/N]
confirm-yes-words = y, yes

## Question categories and tags (rapport banks)
category-philosophy = Service philosophy
category-behavioural = Behavioural
category-situational = Situational
category-personal = Personal
category-company = About us
category-deep_dive = Chronological deep-dive
category-reference_check = Reference call
tag-screen = quick screen
tag-deep = in-depth interview
tag-reference = reference call
tag-practical = practical exercise

## Deleting (rapport forget, rapport purge, and Del on the home screen)
deletion-session = Session { $id }, created { $date }
deletion-session-named = Session { $id } — { $what }, created { $date }
deletion-index-entry = its entry in { $path }
deletion-unreadable = Session { $id }: its log cannot be read
deletion-stray = { $path } (left by an interrupted write)
deletion-log-lines = { $count ->
    [one] 1 line of rapport's own log { $path }
   *[other] { $count } lines of rapport's own log { $path }
}
deletion-not-confirmed = Nothing was deleted (confirm with --yes, or run it in a terminal).
forget-need-name = --candidate needs a name
forget-unreadable = could not read a session, so searched its files for the name instead: { $error }
forget-nothing = rapport holds nothing about this candidate: nothing to delete.
forget-lists = This deletes everything rapport holds about this candidate:
forget-deleted = Deleted { $files ->
    [one] 1 file
   *[other] { $files } files
} and { $lines ->
    [one] 1 log line
   *[other] { $lines } log lines
} about this candidate.
purge-too-long = --older-than is too long
purge-unreadable = could not read a session, so left it alone: { $error }
purge-nothing = No session is older than { $age }: nothing to delete.
purge-lists = These sessions were last touched before { $date }:
purge-deleted = Deleted { $files ->
    [one] 1 file
   *[other] { $files } files
} and { $lines ->
    [one] 1 log line
   *[other] { $lines } log lines
}.
