"""Turkey: the remedy against each kind of decision, from the pages read on 2026-12-05.

The Law on Foreigners and International Protection No. 6458 (LFIP) sets special periods; otherwise
the Administrative Procedure Law No. 2577 (İYUK) gives 60 days.
"""

from datetime import date

from casetracker.rules import RuleType
from tests.rules.countries.country_helpers import PROFILES, UNVERIFIED, deadline, remedy


def period_unverified(code: str, decision: str, day: date) -> bool:
    """The profile marks the period of this remedy (or the whole rule) unverified."""
    return not remedy(code, decision, day).is_verified("days", "months", "hours", "variants")


def test_asylum_rejection_regular_procedure_30_days_from_written_notification():
    """Gözel Law Office, "Uluslararası Koruma Başvurusunun Reddi",
    https://www.gozel.av.tr/uluslararasi-koruma-basvurusunun-reddi/:
    "Ret Kararına karşı tarafınıza yapılan yazılı tebliğden itibaren 30 gün içinde İdare Mahkemesinde dava
    yoluna gitmek mümkündür." (An action lies in the administrative court within 30 days of the written
    notification of the rejection.)"""
    found = deadline(
        "TR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="normal"
    )
    assert found.due == date(2026, 4, 3) and UNVERIFIED not in found.text


def test_asylum_rejection_accelerated_procedure_15_days():
    """Bayar law office:
    https://www.bayar.av.tr/accelerated-assessment-reasons-for-quick-rejection-in-international-protection-applications-and-legal-remedies
    "Rejected applications can be appealed to the administrative court within 15 days." """
    found = deadline(
        "TR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="accelerated"
    )
    assert found.due == date(2026, 3, 19)


def test_asylum_rejection_inadmissible_has_no_period_of_its_own_and_the_note_says_so():
    """No page read states the period against an inadmissibility decision (LFIP art. 80 not reached),
    so the profile gives none and no remembered figure takes its place: the general 30 days are shown
    and the note warns that the decision must be read. LFIP art. 72(3) (DGMM text, alanyapower.com copy,
    http://alanyapower.com/2018/11/16/hangi-basvurular-kabul-edilmez/): "kararın sonucu, itiraz usulleri
    ve süreleri hakkında kendisi veya yasal temsilcisi bilgilendirilir." """
    found = deadline(
        "TR", "decision_negative", date(2026, 3, 2), notified=date(2026, 3, 4), procedure="inadmissible"
    )
    assert found.due == date(2026, 4, 3) and "no period of its own" in found.text
    assert UNVERIFIED in found.text  # the general period is sure only for the general procedure
    rule = remedy("TR", "decision_negative", date(2026, 3, 2))
    assert [v.procedure for v in rule.body.variants] == ["accelerated"]
    assert "Inadmissible claims" in rule.note and "take the period from the decision" in rule.note


def test_refusal_of_entry_general_60_days_unverified_for_this_decision():
    """AIDA Türkiye, "Appeal" (updated 29/07/25):
    https://asylumineurope.org/reports/country/turkey/temporary-protection-regime/access-temporary-protection-and-registration/appeal
    "According to Article 7 of the Law on Administrate Court Procedures, acts and actions of the
    administration must be challenged within 60 days at competent administrative courts."
    Ongur Partners: "Bu süre idari uyuşmazlıklarda yazılı bildirimin yapıldığı tarihi izleyen günden
    itibaren başlayacaktır." """
    found = deadline("TR", "entry_denied", date(2026, 2, 10), notified=date(2026, 2, 12))
    assert found.due == date(2026, 4, 13)
    assert period_unverified("TR", "entry_denied", date(2026, 2, 10))


def test_residence_permit_60_days_a_last_day_on_a_sunday_moves_to_monday():
    """Vergi Dosyası, İYUK art. 8,
    https://vergidosyasi.com/2020/12/22/idari-yargida-surelerle-ilgili-genel-esaslar/:
    "Tatil günleri sürelere dahildir. Şu kadar ki, sürenin son günü tatil gününe rastlarsa, süre tatil
    gününü izleyen çalışma gününün bitimine kadar uzar." Notified 4 March 2026: day 60 is Sunday 3 May,
    moved to Monday 4 May."""
    found = deadline("TR", "permit_annulled", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert (found.act_by, found.due) == (date(2026, 5, 3), date(2026, 5, 4))


def test_deportation_decision_7_days_from_notification_and_suspensive():
    """Sezgen Hukuk, quoting YUKK 53/3:
    https://www.sezgenhukuk.com/yabancilar-hukuku/sinir-disi-kararlarina-karsi-suresinde-dava-acmanin-onemi-ve-deport
    "(3) Yabancı veya yasal temsilcisi ya da avukatı, sınır dışı etme kararına karşı, kararın tebliğinden
    itibaren yedi gün içinde idare mahkemesine başvurabilir." AIDA: "Appeals against deportation decisions
    have automatic suspensive effect." """
    found = deadline("TR", "expulsion_order", date(2026, 3, 2), notified=date(2026, 3, 4))
    assert found.due == date(2026, 3, 11)
    assert remedy("TR", "expulsion_order", date(2026, 3, 2)).body.suspensive == "yes"


def test_entry_ban_general_60_days_unverified():
    """AIDA Türkiye "Appeal" (as above): the general 60-day rule; a special LFIP period was not checked."""
    found = deadline("TR", "entry_ban", date(2026, 2, 10), notified=date(2026, 2, 12))
    assert found.due == date(2026, 4, 13)
    assert period_unverified("TR", "entry_ban", date(2026, 2, 10))


def test_detention_no_time_limit_for_the_application():
    """AIDA Türkiye, "Judicial review of the detention order" (updated 14/07/23):
    https://asylumineurope.org/reports/country/turkiye/detention-asylum-seekers/procedural-safeguards/judicial-review-detention-order/
    "The law does not set out a time limit for appealing detention." """
    found = deadline("TR", "detention", date(2026, 3, 2))
    assert found.due is None and "no time limit" in found.text


def test_extradition_decision_before_june_2024_15_days_from_pronouncement():
    """Toplumsal Hukuk (CMK art. 291 after Law 7035),
    https://toplumsalhukuk.net/hukuk-ve-ceza-yargilamalarinda-temyiz-sureleri-degisti.html: "(1) Temyiz
    istemi, hükmün açıklanmasından itibaren on beş gün içinde hükmü veren mahkemeye bir dilekçe verilmesi
    ... suretiyle yapılır". The general rule for a temyiz, applied to Law 6706 art. 18(4) by inference:
    unverified."""
    found = deadline("TR", "extradition_request", date(2024, 3, 1), notified=date(2024, 3, 5))
    assert found.due == date(2024, 3, 16)
    assert period_unverified("TR", "extradition_request", date(2024, 3, 1))


def test_extradition_decision_from_june_2024_two_weeks_from_service_of_the_reasoned_judgment():
    """Kapağan Hukuk (30 May 2024):
    http://www.kapaganhukuk.com/makaleler/344/kanun-yollarina-basvuru-surelerinde-yapilan-degisiklikler-01-06-2024-tarihinden-
    "artık temyiz kanun yoluna da hükmün gerekçesiyle tebliğ edildiği tarihten itibaren iki hafta
    içerisinde başvurulacaktır." / "İşbu düzenlenme 01/06/2024 tarihi ve sonrasında verilen kararlar için
    uygulanacak". The general rule for a temyiz, applied to Law 6706 art. 18(4) by inference:
    unverified."""
    found = deadline("TR", "extradition_request", date(2024, 6, 10), notified=date(2024, 7, 1))
    assert found.due == date(2024, 7, 15)
    assert found.rule == "TR.remedy.extradition_request.2024-06-01"
    assert period_unverified("TR", "extradition_request", date(2024, 6, 10))


def test_the_risk_assessment_covers_a_detention_before_the_first_reported_case():
    """The rule keeps its shipped id but starts with the period the app covers (start not verified):
    Council of Europe membership and the practice on Red Notices predate the 27 Oct 2022 case."""
    rule = PROFILES.get("TR").rule_on(RuleType.RISK, date(2022, 6, 1))
    assert rule.id == "TR.risk.2022-10-27" and rule.body.minsk_convention is False
