"""What the rule engine says: the English of its findings and computed deadlines, by message key (see
casetracker.rules.messages for how a message is put together, and the package's docstring for plurals).

For a translator: keep every {placeholder}. Vocabulary values (event kinds, documents, risk markers) are
printed as the glossary names them, so Russian puts them in «quotes»; country names stay in the
nominative case, so sentences say "в стране: Грузия" rather than inflect the name.
"""

EN: dict[str, str] = {
    # timeline.py: order, dates and stays
    "events.case": "case events",
    "events.travel": "entries and exits",
    "events_out_of_order": "The {what} were not in date order; they were sorted by date before computing.",
    "future_date": "{event} on {day} is after {on} and was left out of the computation; correct the date "
    "if it is a mistake.",
    "imprecise_month": "{event} is known only to the month ({month}); {use}",
    "imprecise_approximate": "{event} on {day} is approximate; it was used as if exact, so {use}",
    "use.appeal_month": "the period is counted from the 1st, the earliest possible.",
    "use.appeal_exact": "act by the earliest possible date.",
    "use.entry_month": "the stay is counted from the 1st (worst case).",
    "use.uncertain": "the days used may be off by the uncertainty.",
    "use.exit_month": "the exit is taken as {day} (worst case).",
    "the_zone": "the zone",
    "entry_without_exit.same": "Entry on {day} with no exit since the entry on {since}; counted as one "
    "continuous stay (worst case).",
    "entry_without_exit.elsewhere": "Entry into {country} on {day} with no exit from {where} recorded; the "
    "stay there is taken to end that day.",
    "exit_without_entry": "Exit from {country} on {day} with no entry recorded before it; only the exit day "
    "is counted, so days used may be too low. Add the entry.",
    # model.py: caveats beside numbers taken from a rule
    "caveat.unverified": "unverified — check before relying on it",
    "caveat.unverified_fields": "not verified: {fields} — check before relying on it",
    "field.period": "the period",
    "field.body": "where it is lodged",
    "field.suspensive": "whether it stops removal",
    "field.holidays": "whether a weekend or holiday moves the last day",
    "field.counted_from": "from what the period runs",
    "field.calendar_days": "whether days are calendar or working days",
    "field.earlier_step": "the period of the earlier step",
    "field.article": "the article of the law",
    "field.first_day": "whether the first day counts",
    "caveat.start": "start date not verified (in force at least since {since})",
    "caveat.override": "local override of {field}: {reason}",
    # checks.py
    "residence_policy": "Residence policy in {country} on {day}: {policy}.",
    "rules_changed_in_month": "The rules for {event} in {country} changed between {first} and {last} "
    "({rules}); the event's exact day decides which applied.",
    "rule_kind.entry": "the entry conditions",
    "rule_kind.stay": "the stay limit",
    "rule_kind.ban": "an entry ban",
    "rule_kind.residence": "the residence-permit policy",
    "rule_kind.asylum": "the asylum procedure",
    "rule_kind.filing": "the time limit to claim asylum",
    "rule_kind.registration": "the registration duty",
    "rule_kind.risk": "the extradition and abduction risk",
    "rule_kind.remedy": "the remedy against the decision",
    "rule_kind.custody_limit": "the time limit for an extradition request",
    "rule_kind.interim": "the urgent protection available",
    "entry_denied_no_ban": "Entry refused in {country} on {day} with no general ban in force; ask for the "
    "written reasons and the legal basis.",
    "entry_denied_no_ban.regime": "Entry refused in {country} on {day} with no general ban in force (entry "
    "regime: {regime}); ask for the written reasons and the legal basis.",
    "regime.visa_free": "visa free",
    "regime.visa": "visa",
    "regime.visa_on_arrival": "visa on arrival",
    "regime.banned": "banned",
    "entry_denied_ban": "Entry refused on {day} during an entry ban of {country} in force since {since}: "
    "{scope}.",
    "ban.purposes": "Purposes refused: {purposes}.",
    "ban.exceptions": "Exceptions that may apply: {exceptions}.",
    "ban.targeted": "The person is marked {markers}, a group this practice targets.",
    "document_expired": "The {document} ({country}) expired on {day}.",
    "document_expiring": "The {document} ({country}) expires on {day}, in {left:day|days}.",
    "profile_stale": "Some facts of the {name} profile were last checked on {verified}, more than "
    "{limit:day|days} before {on}; they may be out of date.",
    # deadlines.py
    "no_appeal_rule": "No appeal period for {country} in force on {day}; check the deadline with a lawyer.",
    "notification_without_decision": "Notification on {day} with no negative decision recorded before it; "
    "no appeal deadline was computed. Record the decision.",
    "assumed_trigger.no_notice": "The period to challenge the {decision} ({country}) runs from notification, "
    "but no notification date is recorded; it was counted from the decision date, the earliest possible. "
    "Record the date the decision was received.",
    "assumed_trigger.unknown": "The period to challenge the {decision} ({country}) may run from the decision "
    "or from its notification (the profile does not say); it was counted from the decision date, the "
    "earliest.",
    "weekend_note": "if the last day is a weekend or holiday, national rules may move it later; not applied "
    "here",
    "period.days": "{days:day|days}",
    "period.months": "{months:month|months}",
    "day_kind.calendar": "calendar days",
    "day_kind.working": "working days",
    "day_kind.assumed": "calendar days assumed",
    "trigger.decision_negative": "negative decision",
    "trigger.notified": "notification",
    "appeal_when.accelerated": " in the accelerated procedure",
    "appeal_when.if": " if {condition}",
    "appeal_when.detained": " if detained",
    "deadline.appeal": "Appeal to {body}{when}: {period} ({day_kind}) from the {trigger} on {base}, due "
    "{due}. {caveats}.",
    "appeal_overdue": "Appeal deadline {due} passed {ago:day|days} ago with no appeal recorded.",
    "appeal_due": "Appeal due in {left:day|days} ({due}) and no appeal recorded.",
    "span.years": "{years:year|years}",
    "span.days": "{days} days",
    "span.working_days": "{days} working days",
    "deadline.asylum_filing": "Asylum claim within {span} of arrival ({entry}), by {due}: otherwise "
    "{consequence}. {caveats}.",
    "deadline.registration": "Register within {days} days of entry ({entry}), by {due} (entry day counted as "
    "day 1).",
    "deadline.registration.caveats": "Register within {days} days of entry ({entry}), by {due} (entry day "
    "counted as day 1). {caveats}",
    # remedies.py: the remedy against each decision
    "period.hours": "{hours:hour|hours}",
    "trigger.decision": "decision",
    "trigger.detention": "detention",
    "decision.decision_negative": "refusal of the asylum claim",
    "decision.entry_denied": "refusal of entry",
    "decision.visa_cancelled": "cancellation of the visa",
    "decision.permit_annulled": "annulment of the residence permit",
    "decision.expulsion_order": "expulsion order",
    "decision.entry_ban": "entry ban",
    "decision.deportation": "deportation",
    "decision.detention": "detention",
    "decision.extradition_request": "extradition request",
    "procedure.normal": "general procedure",
    "procedure.accelerated": "accelerated procedure",
    "procedure.manifestly_unfounded": "rejected as manifestly unfounded",
    "procedure.inadmissible": "rejected as inadmissible",
    "procedure.border": "border procedure",
    "procedure.detained": "decided in detention",
    "procedure.dublin": "Dublin transfer",
    "procedure.extended": "extended procedure",
    "procedure.subsequent": "subsequent application",
    "suspensive.yes": "yes",
    "suspensive.no": "no (ask the court to stop the removal)",
    "suspensive.on_request": "only if the court is asked",
    "suspensive.unknown": "not known",
    "deadline.remedy": "{remedy} to {body} against the {decision}: {period} ({day_kind}) from the {trigger} "
    "on {base}; last day {due}.",
    "proc.recorded": "Procedure recorded: {procedure}.",
    "proc.general_for": "Procedure recorded: {procedure}; the profile gives it no period of its own, so the "
    "general period applies.",
    "proc.unknown": "The procedure is not recorded, so the earliest period that may apply is given; record "
    "the procedure the decision states.",
    "alternatives": "By procedure: {list}.",
    "alternative": "{condition}: {period}, by {due}",
    "alternative.unverified": "{condition}: {period} (not verified), by {due}",
    "condition.procedure": "{procedure}",
    "condition.when": "if {when}",
    "holiday.moved": "The count ends on {day}, a weekend day or public holiday; {law} moves the last day to "
    "{moved}.",
    "holiday.not_moved": "A last day on a weekend or public holiday is not moved later ({law}).",
    "holiday.unknown": "Whether a last day on a weekend or public holiday moves later is not known: act by "
    "the day given.",
    "remedy.suspensive": "Stops removal: {answer}.",
    "remedy.article": "Law: {article}.",
    "remedy.article_unknown": "The article of the law is not recorded.",
    "remedy.next": "Next instance: {next}.",
    "deadline.earlier_step": "{step} within {days:day|days} of {base}, by {due}, before the {remedy}.",
    "remedy.overdue": "The last day to challenge the {decision}, {due}, passed {ago:day|days} ago, and no "
    "appeal is recorded.",
    "remedy.today": "Today, {due}, is the last day to challenge the {decision}, and no appeal is recorded.",
    "remedy.due": "{left:day|days} left to challenge the {decision} (by {due}), and no appeal is recorded.",
    "no_remedy": "The profile for {country} records no remedy against the {decision} of {day}. The decision "
    "must state the remedy and its period: find them there and enter the deadline by hand.",
    "remedy_unknown": "The period to challenge the {decision} in {country} ({remedy}) is not known: {why}. "
    "{look_for}",
    "look_for.default": "The decision must state the remedy and its period: find them there and enter the "
    "deadline by hand.",
    "deadline.custody": "The extradition request must reach the authorities within {days:day|days} of the "
    "detention on {detention}, by {due} ({treaty}, {article}): {consequence}.",
    "custody.due": "No extradition request is recorded, and under the {treaty} ({article}) it must arrive by "
    "{due}: prepare to demand release.",
    "custody.passed": "Under the {treaty} ({article}) the extradition request had to arrive by {due}, and "
    "none is recorded: demand release now.",
    "caution": "Caution: {caveats}.",
    "urgent_protection": "Urgent protection after the {event} on {day}: ask {body} for {measure}. {how}",
    # evaluate.py
    "no_profile": "There is no rule profile for {country}: no stay, deadline or risk was computed from "
    "rules. Check them by hand.",
    "no_stay_rule": "No stay limit is known for Russian citizens in {country} on {day}.",
    "no_stays": "No entry into {where} is recorded; the stay allowance was not computed.",
    "stay_extension": "The stay may be extended once by {days:day|days}.",
    "until.today": " to this day",
    "until.basis": " until {day}, the day before the stay became lawful on another basis",
    "until.exit": " until the exit on {day}",
    "overstay.rolling": "Over the limit of {limit} days in {window} from {first}{until}: {worst} days in the "
    "{window} days ending {end}.",
    "allowed.until": "a stay until {day}",
    "allowed.used_up": "{limit} days of stay, used up on {day} (days of lawful stay on another basis not "
    "counted)",
    "overstay.per_entry": "Over the allowance of {limit} days per entry: the entry on {entry} allowed "
    "{allowed}.",
    "limit.rolling": "{limit} days in any {window}",
    "limit.rolling_per_entry": "{limit} days in any {window} and {per_entry} per entry",
    "limit.per_entry": "{limit} days per entry",
    "stay_other_basis.past": "The days from {start} to {end} were not counted against the short-stay limit "
    "in {where} ({limit}) because {basis}. Assumed: {assumed}.",
    "figures.rolling": "{used} of {limit} days in the {window} days ending {day}",
    "figures.per_entry": "{used} of {limit} days of the stay running on {day}",
    "figures.both": "{first} and {second}",
    "stay_other_basis.running": "The short-stay limit in {where} ({limit}) does not apply from {since} while "
    "{basis}: those days are not counted and no last day of stay is computed. Days used before then: "
    "{figures}. The count resumes when this basis ends. Assumed: {assumed}.",
    "stay.over": "Over the stay limit in {where} ({limit}) since {since}: the last lawful day was {last}.",
    "stay.present": "In {where} {used} days used of {limit}; may stay until {last}.",
    "stay.entering": "Not in {where} on {on}; if entering that day: {used} days used of {limit}; may stay "
    "until {last}.",
    # basis.py: lawful stay on another basis, read after "while" or "because"
    "basis.pending": "the asylum application filed on {filed} is pending",
    "basis.pending.no_notice": "the asylum application filed on {filed} is pending (the refusal of {refused} "
    "has no notification recorded)",
    "basis.pending.appeal_open": "the asylum application filed on {filed} is pending (an appeal against the "
    "refusal of {refused} is possible until {last})",
    "basis.refused": "the asylum application filed on {filed} was pending: it was refused on {refused} and "
    "its appeal period ended on {last} with no appeal recorded",
    "basis.refused.no_period": "the asylum application filed on {filed} was pending: it was refused on "
    "{refused} and no appeal period is known, so it was taken to end on {last} with no appeal recorded",
    "basis.permit_issued": "a residence permit was issued on {day} and no annulment is recorded",
    "basis.permit_issued.annulled": "a residence permit was issued on {day} (annulled on {annulled})",
    "basis.permit_valid": "the residence permit issued by {country} is valid until {until}",
    "basis.permit_open": "the residence permit issued by {country} is with no end of validity recorded",
    "basis.permit_ended": "the residence permit issued by {country} was valid until {until}",
    "basis.permit_annulled": "the residence permit issued by {country} was valid until {until} (annulled on "
    "{annulled})",
    "assumed.asylum": "the application protects the stay from the day it is filed; a refusal ends that only "
    "once it has been notified and its appeal period has passed with no appeal recorded (an appeal is "
    "taken to let the person stay while it is pending, which accelerated procedures may not allow; an "
    "appeal recorded after the period is not taken to restore it); a positive decision keeps the stay "
    "lawful",
    "assumed.permit": "the permit covers each day from its first to its last day of validity; an annulment "
    "ends it the day before (any time allowed to leave is not counted as lawful)",
    "assumed.permit_start": "{assumed}; its first day of validity is not recorded, so it is taken to cover "
    "{how}",
    "how.issued": "the days from the permit issued on {day}",
    "how.stay": "the whole stay from {day}; record it for exact figures",
    "how.day": "only {day}; record it for exact figures",
    # risk.py
    "risk_unknown": "The {country} profile has no extradition or abduction assessment; judge the risk case "
    "by case.",
    "level.none": "none",
    "level.low": "low",
    "level.medium": "medium",
    "level.high": "high",
    "level.critical": "critical",
    "level.not_assessed": "not assessed",
    "extradition.level": "Extradition risk in {country}: {level}.",
    "extradition.person": "The person is {reasons}.",
    "why.interstate_honoured": "on Russia's interstate wanted list, and {country} acts on Russian requests",
    "why.interstate_unknown": "on Russia's interstate wanted list; whether {country} acts on it is unknown",
    "why.interpol_detains": "subject of an Interpol notice, and {country} detains on such notices",
    "why.interpol": "subject of an Interpol notice",
    "why.criminal_case": "the subject of a criminal case or federal wanted listing in Russia, which can "
    "become an interstate request",
    "reasons": "Reasons: {reasons}.",
    "protection.bodies": "Interim measures against an extradition can be asked of: {bodies}.",
    "protection.none": "The profiles record no international body that takes urgent complaints against "
    "{country}: protection must come from its own courts, UNHCR and embassies.",
    "abduction.level": "Abduction risk in {country}: {level}.",
    "abduction.targeted": "People marked {markers} have been seized there.",
    "danger.detained": "Held since {day} in {country}, where extradition risk is {level}: ask for urgent "
    "protection against extradition now, and watch the deadlines.",
    "danger.missing": "Missing since {day} ({days:day|days}): ask for an urgent action and tell the "
    "authorities; record the day the person is located.",
    # deadlines computed outside the engine (services/evaluation.py)
    "deadline.stay_end": "Last day of lawful stay",
    # composition: sentences one after another, caveats joined by "; "
    "sentences": "{parts}",
    "caveats": "{parts}",
}
