"""Russian templates of the engine's messages, key by key as in messages.EN.

For a translator: keep every {placeholder} of the English template. A number with its noun is written
{days:день|дня|дней} (forms for 1, 2 and 5). Vocabulary values (event kinds, documents, risk markers)
are printed as the app names them elsewhere, so they stand in «quotes»; country names are put in the
nominative case, so sentences say "в стране: Грузия" rather than inflect the name.
"""

RU: dict[str, str] = {
    # timeline.py: order, dates and stays
    "events.case": "события дела",
    "events.travel": "въезды и выезды",
    "events_out_of_order": "Не по порядку дат записаны {what}; перед расчётом они упорядочены по дате.",
    "future_date": "«{event}» {day} — позже {on}, поэтому не учтено в расчёте; исправьте дату, если это "
    "ошибка.",
    "imprecise_month": "Для «{event}» известен только месяц ({month}); {use}",
    "imprecise_approximate": "Дата «{event}» {day} приблизительная; она взята как точная, поэтому {use}",
    "use.appeal_month": "срок отсчитан от 1-го числа, самой ранней возможной даты.",
    "use.appeal_exact": "действуйте к самой ранней возможной дате.",
    "use.entry_month": "пребывание отсчитано от 1-го числа (худший случай).",
    "use.uncertain": "число использованных дней может быть неточным.",
    "use.exit_month": "выезд принят как {day} (худший случай).",
    "the_zone": "страны зоны",
    "entry_without_exit.same": "Въезд {day} без выезда после въезда {since}; считается одним непрерывным "
    "пребыванием (худший случай).",
    "entry_without_exit.elsewhere": "Въезд в страну {country} {day}, а выезд ({where}) не записан; "
    "пребывание там считается закончившимся в этот день.",
    "exit_without_entry": "Выезд из страны {country} {day} без записанного перед ним въезда; засчитан только "
    "день выезда, поэтому использованных дней может быть больше. Добавьте въезд.",
    # model.py: caveats beside numbers taken from a rule
    "caveat.unverified": "не проверено — уточните, прежде чем полагаться",
    "caveat.unverified_fields": "не проверено: {fields} — уточните, прежде чем полагаться",
    "field.period": "срок",
    "field.body": "куда подаётся",
    "field.suspensive": "приостанавливает ли высылку",
    "field.holidays": "переносится ли последний день с выходного или праздника",
    "field.counted_from": "от чего отсчитывается срок",
    "field.calendar_days": "календарные это дни или рабочие",
    "field.earlier_step": "срок предварительного шага",
    "field.article": "статья закона",
    "field.first_day": "считается ли первый день",
    "caveat.start": "дата начала не проверена (действует по крайней мере с {since})",
    "caveat.override": "местная поправка поля {field}: {reason}",
    # checks.py
    "residence_policy": "Политика в отношении ВНЖ ({country}) на {day}: {policy}.",
    "rules_changed_in_month": "Правила для «{event}» ({country}) изменились между {first} и {last}; какие "
    "применялись, решает точный день события: {rules}.",
    "entry_denied_no_ban": "Отказ во въезде ({country}) {day} при отсутствии общего запрета; запросите "
    "письменные основания и правовую базу.",
    "entry_denied_no_ban.regime": "Отказ во въезде ({country}) {day} при отсутствии общего запрета (режим "
    "въезда: {regime}); запросите письменные основания и правовую базу.",
    "regime.visa_free": "безвизовый",
    "regime.visa": "визовый",
    "regime.visa_on_arrival": "виза по прибытии",
    "regime.banned": "въезд запрещён",
    "entry_denied_ban": "Отказ во въезде {day} во время действия запрета {ban} (с {since}): {scope}.",
    "ban.purposes": "Цели, в которых отказывают: {purposes}.",
    "ban.exceptions": "Исключения, которые могут применяться: {exceptions}.",
    "ban.targeted": "У человека отмечено: {markers} — группа, против которой направлена эта практика.",
    "document_expired": "Срок документа «{document}» ({country}) истёк {day}.",
    "document_expiring": "Срок документа «{document}» ({country}) истекает {day}, через "
    "{left:день|дня|дней}.",
    "profile_stale": "Часть сведений профиля «{name}» последний раз проверялась {verified}, более чем за "
    "{limit:день|дня|дней} до {on}; они могли устареть.",
    # deadlines.py
    "no_appeal_rule": "Для страны {country} на {day} не известен срок обжалования; уточните срок у юриста.",
    "notification_without_decision": "Уведомление {day} без записанного перед ним отрицательного решения; "
    "срок обжалования не рассчитан. Запишите решение.",
    "assumed_trigger.no_notice": "Срок обжалования по {rule} отсчитывается от уведомления, но дата "
    "уведомления не записана; он отсчитан от даты решения, самой ранней возможной. Запишите дату получения "
    "решения.",
    "assumed_trigger.unknown": "Срок обжалования по {rule} может отсчитываться от решения или от уведомления "
    "о нём (профиль не уточняет); он отсчитан от даты решения, самой ранней.",
    "weekend_note": "если последний день выпадает на выходной или праздник, национальные правила могут "
    "перенести его; здесь это не учтено",
    "period.days": "{days:день|дня|дней}",
    "period.months": "{months:месяц|месяца|месяцев}",
    "day_kind.calendar": "календарные дни",
    "day_kind.working": "рабочие дни",
    "day_kind.assumed": "предположительно календарные дни",
    "trigger.decision_negative": "отрицательного решения",
    "trigger.notified": "уведомления",
    "appeal_when.accelerated": " в ускоренной процедуре",
    "appeal_when.if": " (если {condition})",
    "appeal_when.detained": " при задержании",
    "deadline.appeal": "Обжалование в {body}{when}: {period} ({day_kind}) с даты {trigger} {base}, до "
    "{due}. {caveats}.",
    "appeal_overdue": "Срок обжалования (до {due}) истёк {ago:день|дня|дней} назад, жалоба не записана.",
    "appeal_due": "Срок обжалования через {left:день|дня|дней} ({due}), жалоба не записана.",
    "span.years": "{years:года|лет|лет}",
    "span.days": "{days:дня|дней|дней}",
    "span.working_days": "{days:рабочего дня|рабочих дней|рабочих дней}",
    "deadline.asylum_filing": "Заявление об убежище в течение {span} после прибытия ({entry}), до {due}: "
    "иначе {consequence}. {caveats}.",
    "deadline.registration": "Регистрация в течение {days:дня|дней|дней} после въезда ({entry}), до {due} "
    "(день въезда считается первым).",
    "deadline.registration.caveats": "Регистрация в течение {days:дня|дней|дней} после въезда ({entry}), до "
    "{due} (день въезда считается первым). {caveats}",
    # evaluate.py
    "no_profile": "Для страны {country} нет профиля правил: ни пребывание, ни сроки, ни риски не рассчитаны. "
    "Проверьте их вручную.",
    "no_stay_rule": "Для граждан России ({country}) на {day} не известен предел пребывания.",
    "no_stays": "Въезд ({where}) не записан; допустимое пребывание не рассчитано.",
    "stay_extension": "Пребывание можно один раз продлить на {days:день|дня|дней}.",
    "until.today": " по сей день",
    "until.basis": " до {day}, дня перед тем, как пребывание стало законным по другому основанию",
    "until.exit": " до выезда {day}",
    "overstay.rolling": "Превышен предел {limit:дня|дней|дней} из {window} с {first}{until}: "
    "{worst:день|дня|дней} за {window:день|дня|дней}, заканчивающихся {end}.",
    "allowed.until": "пребывание до {day}",
    "allowed.used_up": "{limit:день|дня|дней} пребывания, исчерпаны {day} (дни законного пребывания по "
    "другому основанию не считаются)",
    "overstay.per_entry": "Превышен предел {limit:дня|дней|дней} за один въезд: въезд {entry} допускал "
    "{allowed}.",
    "limit.rolling": "{limit:день|дня|дней} в течение любых {window:дня|дней|дней}",
    "limit.rolling_per_entry": "{limit:день|дня|дней} в течение любых {window:дня|дней|дней} и {per_entry} "
    "за один въезд",
    "limit.per_entry": "{limit:день|дня|дней} за один въезд",
    "stay_other_basis.past": "Дни с {start} по {end} не засчитаны в предел краткосрочного пребывания "
    "({where}: {limit}), потому что {basis}. Допущение: {assumed}.",
    "figures.rolling": "{used} из {limit:дня|дней|дней} за {window:день|дня|дней}, заканчивающихся {day}",
    "figures.per_entry": "{used} из {limit:дня|дней|дней} пребывания, продолжающегося на {day}",
    "figures.both": "{first} и {second}",
    "stay_other_basis.running": "Предел краткосрочного пребывания ({where}: {limit}) не действует с {since}, "
    "пока {basis}: эти дни не считаются, и последний день пребывания не рассчитывается. Использовано до "
    "этого: {figures}. Счёт возобновится, когда это основание закончится. Допущение: {assumed}.",
    "stay.over": "Предел пребывания ({where}: {limit}) превышен с {since}: последний законный день — {last}.",
    "stay.present": "{where}: использовано {used:день|дня|дней} из {limit}; можно оставаться до {last}.",
    "stay.entering": "Не находится в стране ({where}) на {on}; при въезде в этот день: использовано "
    "{used:день|дня|дней} из {limit}; можно оставаться до {last}.",
    # basis.py: lawful stay on another basis, read after "пока" or "потому что"
    "basis.pending": "заявление об убежище, поданное {filed}, рассматривается",
    "basis.pending.no_notice": "заявление об убежище, поданное {filed}, рассматривается (для отказа от "
    "{refused} не записано уведомление)",
    "basis.pending.appeal_open": "заявление об убежище, поданное {filed}, рассматривается (отказ от "
    "{refused} можно обжаловать до {last})",
    "basis.refused": "заявление об убежище, поданное {filed}, рассматривалось: по нему вынесен отказ "
    "{refused}, и срок обжалования истёк {last}, жалоба не записана",
    "basis.refused.no_period": "заявление об убежище, поданное {filed}, рассматривалось: "
    "по нему вынесен отказ {refused}; срок обжалования неизвестен, поэтому защита считается "
    "закончившейся {last}, жалоба не записана",
    "basis.permit_issued": "вид на жительство выдан {day}, аннулирование не записано",
    "basis.permit_issued.annulled": "вид на жительство выдан {day} (аннулирован {annulled})",
    "basis.permit_valid": "вид на жительство, выданный страной {country}, действует до {until}",
    "basis.permit_open": "вид на жительство, выданный страной {country}, действует без записанного окончания",
    "basis.permit_ended": "вид на жительство, выданный страной {country}, действовал до {until}",
    "basis.permit_annulled": "вид на жительство, выданный страной {country}, действовал до {until} "
    "(аннулирован {annulled})",
    "assumed.asylum": "заявление защищает пребывание со дня подачи; отказ прекращает защиту, только когда о "
    "нём уведомили и срок обжалования прошёл без записанной жалобы (считается, что жалоба позволяет "
    "оставаться на время её рассмотрения, чего ускоренные процедуры могут не допускать; жалоба, записанная "
    "после срока, защиту не восстанавливает); положительное решение сохраняет законность пребывания",
    "assumed.permit": "вид на жительство покрывает каждый день от первого до последнего дня действия; "
    "аннулирование прекращает его накануне (время, данное на выезд, законным не считается)",
    "assumed.permit_start": "{assumed}; первый день действия не записан, поэтому считается, что он "
    "покрывает {how}",
    "how.issued": "дни с выдачи вида на жительство {day}",
    "how.stay": "всё пребывание с {day}; запишите его для точных цифр",
    "how.day": "только {day}; запишите его для точных цифр",
    # risk.py
    "risk_unknown": "В профиле «{country}» нет оценки риска экстрадиции или похищения; оценивайте риск в "
    "каждом деле отдельно.",
    "level.none": "нет",
    "level.low": "низкий",
    "level.medium": "средний",
    "level.high": "высокий",
    "level.critical": "критический",
    "level.not_assessed": "не оценён",
    "extradition.level": "Риск экстрадиции ({country}): {level}.",
    "extradition.person": "О человеке известно: {reasons}.",
    "why.interstate_honoured": "в межгосударственном розыске России, а страна {country} исполняет российские "
    "запросы",
    "why.interstate_unknown": "в межгосударственном розыске России; исполняет ли его страна {country}, "
    "неизвестно",
    "why.interpol_detains": "объект уведомления Интерпола, а страна {country} задерживает по таким "
    "уведомлениям",
    "why.interpol": "объект уведомления Интерпола",
    "why.criminal_case": "фигурант уголовного дела или федерального розыска в России, который может стать "
    "межгосударственным запросом",
    "reasons": "Основания: {reasons}.",
    "protection.bodies": "О временных мерах против экстрадиции можно просить: {bodies}.",
    "protection.none": "В профилях нет международного органа, принимающего срочные жалобы на {country}: "
    "защиту придётся искать в её судах, у УВКБ ООН и посольств.",
    "abduction.level": "Риск похищения ({country}): {level}.",
    "abduction.targeted": "Людей с отметкой {markers} там уже захватывали.",
    # deadlines computed outside the engine (services/evaluation.py)
    "deadline.stay_end": "Последний день законного пребывания",
    # composition and places without an ISO code
    "sentences": "{parts}",
    "caveats": "{parts}",
    "place.schengen": "Шенгенская зона",
    # remedies.py
    "period.hours": "{hours:час|часа|часов}",
    "trigger.decision": "решения",
    "trigger.detention": "задержания",
    "decision.decision_negative": "отказа в убежище",
    "decision.entry_denied": "отказа во въезде",
    "decision.visa_cancelled": "аннулирования визы",
    "decision.permit_annulled": "аннулирования ВНЖ",
    "decision.expulsion_order": "решения о выдворении",
    "decision.entry_ban": "запрета въезда",
    "decision.deportation": "депортации",
    "decision.detention": "задержания",
    "decision.extradition_request": "запроса об экстрадиции",
    "procedure.normal": "общая процедура",
    "procedure.accelerated": "ускоренная процедура",
    "procedure.manifestly_unfounded": "отказ как явно необоснованное",
    "procedure.inadmissible": "отказ как неприемлемое",
    "procedure.border": "пограничная процедура",
    "procedure.detained": "решение под стражей",
    "procedure.dublin": "дублинская передача",
    "procedure.extended": "расширенная процедура",
    "procedure.subsequent": "повторное заявление",
    "suspensive.yes": "да",
    "suspensive.no": "нет (просите суд приостановить высылку)",
    "suspensive.on_request": "только если попросить суд",
    "suspensive.unknown": "неизвестно",
    "deadline.remedy": "Обжалование {decision}: {remedy}, куда: {body} — {period} ({day_kind}) с даты "
    "{trigger} {base}; последний день {due}.",
    "proc.recorded": "Записанная процедура: {procedure}.",
    "proc.general_for": "Записанная процедура: {procedure}; своего срока для неё в профиле нет, поэтому "
    "действует общий срок.",
    "proc.unknown": "Процедура не записана, поэтому указан самый ранний из возможных сроков; запишите "
    "процедуру, указанную в решении.",
    "alternatives": "По процедурам: {list}.",
    "alternative": "{condition}: {period}, до {due}",
    "alternative.unverified": "{condition}: {period} (не проверено), до {due}",
    "condition.procedure": "{procedure}",
    "condition.when": "если {when}",
    "holiday.moved": "Срок по счёту истекает {day} — в выходной или праздничный день; {law} переносит "
    "последний день на {moved}.",
    "holiday.not_moved": "Последний день, выпавший на выходной или праздник, не переносится ({law}).",
    "holiday.unknown": "Переносится ли последний день с выходного или праздника, неизвестно: действуйте к "
    "указанному дню.",
    "remedy.suspensive": "Приостанавливает высылку: {answer}.",
    "remedy.article": "Норма: {article}.",
    "remedy.article_unknown": "Статья закона не записана.",
    "remedy.next": "Следующая инстанция: {next}.",
    "deadline.earlier_step": "{step} — в течение {days:дня|дней|дней} с {base}, до {due}, до подачи: "
    "{remedy}.",
    "remedy.overdue": "Последний день обжалования {decision} ({due}) прошёл {ago:день|дня|дней} назад, а "
    "жалоба не записана.",
    "remedy.today": "Сегодня ({due}) последний день обжалования {decision}, а жалоба не записана.",
    "remedy.due": "До конца срока обжалования {decision} осталось {left:день|дня|дней} (до {due}), а жалоба "
    "не записана.",
    "no_remedy": "В профиле ({country}) нет средства обжалования {decision} на {day}. В решении должны быть "
    "указаны порядок и срок обжалования: найдите их там и внесите срок вручную.",
    "remedy_unknown": "Срок обжалования {decision} ({country}; {remedy}) неизвестен: {why}. {look_for}",
    "look_for.default": "В решении должны быть указаны порядок и срок обжалования: найдите их там и внесите "
    "срок вручную.",
    "deadline.custody": "Запрос об экстрадиции должен поступить в течение {days:дня|дней|дней} после "
    "задержания {detention}, до {due} ({treaty}, {article}): {consequence}.",
    "custody.due": "Запрос об экстрадиции не записан, а по {treaty} ({article}) он должен поступить до "
    "{due}: готовьтесь требовать освобождения.",
    "custody.passed": "По {treaty} ({article}) запрос об экстрадиции должен был поступить до {due}, а он не "
    "записан: требуйте освобождения немедленно.",
    "caution": "Внимание: {caveats}.",
    "urgent_protection": "Срочная защита после события «{event}» {day}: обратитесь в {body} за мерой: "
    "{measure}. {how}",
    # risk.py: what threatens liberty or safety now
    "danger.detained": "Под стражей с {day} ({country}), риск экстрадиции: {level}; срочно просите защиты от "
    "экстрадиции и следите за сроками.",
    "danger.missing": "Пропал(а) {day} ({days:день|дня|дней} назад): просите о срочных действиях и сообщите "
    "властям; запишите день, когда человек найден.",
}
