#include "widgets/help/glossary.h"

#include "widgets/help/modelnotes.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

namespace {
struct RawTerm {
    const char *chinese; // official wording, never translated
    const char *name;
    const char *meaning;
    const char *inPlanner;
};

// Definitions follow the NHC/NHSA documents on tight county health alliances
// (紧密型县域医疗卫生共同体, 2023 guidance) and the planner's DESIGN.md.
const RawTerm kTerms[] = {
    {"紧密型县域医共体", QT_TRANSLATE_NOOP("cc::Glossary", "Tight county health alliance"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The county hospitals, township health centres and village clinics of a county run "
         "as one organisation: one management, one staff pool, one budget and shared services, "
         "so that common illnesses are treated near home and serious ones within the county."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The project is one alliance: its facilities, staff, postings and payment policy. "
         "Every scenario is simulated month by month for the whole county.")},
    {"县域就诊率", QT_TRANSLATE_NOOP("cc::Glossary", "In-county treatment rate"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The share of the residents' outpatient visits and admissions that take place inside "
         "the county. The national target for tight alliances is about 90%."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "In-county (village clinic, township health centre and county hospital) episodes "
         "divided by all episodes, each month, for the county and each township; also as a "
         "12-month rolling value. Click the value in the status bar to see its inputs.")},
    {"县域内住院人次占比", QT_TRANSLATE_NOOP("cc::Glossary", "In-county inpatient share"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The share of the residents' hospital admissions that take place inside the county."),
     QT_TRANSLATE_NOOP("cc::Glossary",
                       "In-county admissions divided by all admissions of the month. Out-of-county "
                       "admissions are those at city and provincial hospitals.")},
    {"基层诊疗量占比", QT_TRANSLATE_NOOP("cc::Glossary", "Grassroots share of visits"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The share of the county's outpatient visits made at village clinics and township "
         "health centres; a sign that primary care holds. Guidance aims at about 65%."),
     QT_TRANSLATE_NOOP("cc::Glossary",
                       "Village clinic and township health centre outpatient visits divided by all "
                       "in-county outpatient visits; the charts show a 55-65% target band.")},
    {"总额预算", QT_TRANSLATE_NOOP("cc::Glossary", "Global budget"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The insurance fund pays the alliance a budget for all care of the county's residents "
         "for the year instead of paying each claim; the alliance then pays for its residents' "
         "care wherever they are treated."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "From the month it is switched on, the year's budget is last year's spending on the "
         "alliance's residents x (1 + growth coefficient), or a share of revenue after the "
         "critical-illness and reserve shares; it is prepaid monthly (85% by default) with a "
         "turnover fund and settled at the year end. The high-cost part of admissions is paid "
         "outside it.")},
    {"结余留用", QT_TRANSLATE_NOOP("cc::Glossary", "Surplus retention"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "When the alliance spends less than its global budget, it keeps part of the surplus "
         "to reward keeping people healthy and treated near home."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "At the year end the alliance keeps retention x surplus (default 100%), the fund the "
         "rest. The lever \"Surplus retained by the alliance\" sets it.")},
    {"超支分担", QT_TRANSLATE_NOOP("cc::Glossary", "Overrun sharing"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "When the alliance spends more than its global budget, the fund covers part of the "
         "overrun within a band and the alliance bears the rest."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The fund covers share x overrun up to a band of the budget (defaults 50% and 10%); "
         "the alliance's loss shows as a negative retained surplus.")},
    {"县招乡用", QT_TRANSLATE_NOOP("cc::Glossary", "County-recruited, township-used"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Doctors are hired by the alliance (the county) and posted to township health centres "
         "and village clinics for months or days a week, so that the grassroots gets skills "
         "it cannot recruit itself."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "A posting puts a staff member at a facility for a span of months at an FTE fraction. "
         "It raises the facility's capability for the service lines that staff member treats, "
         "and so its share of the residents' choices.")},
    {"DRG 点数法", QT_TRANSLATE_NOOP("cc::Glossary", "DRG point method"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Hospital admissions are paid by diagnosis-related group: each case earns points by "
         "the group's relative weight, and the value of a point is the year's budget divided by "
         "all points earned in the region, so hospitals compete within a fixed total."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Points = 100 x relative weight x hospital coefficient (lower for township centres); "
         "the point value floats with the year's DRG budget or is fixed in yuan.")},
    {"按人头付费", QT_TRANSLATE_NOOP("cc::Glossary", "Capitation"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The fund pays a fixed amount per signed resident and year for their outpatient care, "
         "whatever the number of visits, which rewards prevention and keeping visits at the "
         "grassroots."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Yuan per signed resident and year, replacing fee-for-service for the signed "
         "residents' outpatient care; in workshop mode the capitation lever at 0 turns it off.")},
    {"家庭医生签约", QT_TRANSLATE_NOOP("cc::Glossary", "Family-doctor signing"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Residents sign a contract with a family-doctor team at their village clinic or "
         "township health centre for basic care, follow-up of chronic illness and referral."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The signed share of residents ramps up to a target over some months; signed residents "
         "prefer their home facility (a term of the choice model).")},
    {"起付线", QT_TRANSLATE_NOOP("cc::Glossary", "Deductible"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The part of an episode's cost the patient pays before insurance starts to reimburse; "
         "lower at the grassroots and higher at city and provincial hospitals."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "A deductible per level for outpatient and inpatient care; out-of-pocket = cost - "
         "max(0, cost - deductible) x ratio x in-scope share.")},
    {"报销比例", QT_TRANSLATE_NOOP("cc::Glossary", "Reimbursement ratio"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "The share of the in-scope cost above the deductible that insurance pays. A higher "
         "ratio at township centres than at county and outside hospitals steers patients to "
         "the grassroots."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "A ratio per level for outpatient and inpatient care; out-of-county care without "
         "referral loses extra points. Residents choose among facilities by travel time, "
         "capability, out-of-pocket cost and waiting (a logit choice model).")},
    {"基金可支付月数", QT_TRANSLATE_NOOP("cc::Glossary", "Months of reserve"),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "How many months the resident insurance fund could pay with its balance; a healthy "
         "fund holds about 6 to 9 months."),
     QT_TRANSLATE_NOOP(
         "cc::Glossary",
         "Closing balance divided by the mean monthly outflow (payments and settlements) over "
         "the last 12 months.")},
};
#undef CC_GT

QString trG(const char *text)
{
    return QCoreApplication::translate("cc::Glossary", text);
}
} // namespace

QVector<GlossaryTerm> glossaryTerms()
{
    QVector<GlossaryTerm> terms;
    for (const RawTerm &t : kTerms)
        terms.append({QString::fromUtf8(t.chinese), trG(t.name), trG(t.meaning), trG(t.inPlanner)});
    return terms;
}

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent), m_terms(glossaryTerms()), m_reformTerms(m_terms.size())
{
    m_terms += modelTerms();
    setObjectName(QStringLiteral("glossaryDialog"));
    setWindowTitle(tr("Glossary of the Reform"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Filter terms..."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Type part of a term, in Chinese or in the interface language"));
    layout->addWidget(m_filter);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("glossaryList"));
    m_list->setToolTip(tr("The terms of the reform, then how the model works"));
    for (int i = 0; i < m_terms.size(); ++i) {
        // A section heading before the reform's terms and before the model's.
        if (i == 0 || i == m_reformTerms) {
            auto *heading = new QListWidgetItem(
                i == 0 ? tr("Terms of the reform") : tr("How the model works"), m_list);
            heading->setData(Qt::UserRole, -1);
            heading->setFlags(Qt::NoItemFlags);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
        }
        const GlossaryTerm &t = m_terms[i];
        const bool same = t.name == t.chinese;
        auto *item = new QListWidgetItem(
            same ? t.chinese : t.chinese + QStringLiteral("  ") + t.name, m_list);
        item->setData(Qt::UserRole, i);
    }
    m_text = new QTextBrowser(split);
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setToolTip(tr("What the term means and how the planner models it"));
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showIndex(item->data(Qt::UserRole).toInt());
    });
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_text);
    m_list->setCurrentRow(1);
    resize(900, 560);
}

int GlossaryDialog::termCount() const
{
    return m_terms.size();
}

void GlossaryDialog::filter(const QString &text)
{
    // Backwards, so a heading knows whether any term of its section is shown.
    bool sectionShown = false;
    for (int i = m_list->count() - 1; i >= 0; --i) {
        QListWidgetItem *item = m_list->item(i);
        const int index = item->data(Qt::UserRole).toInt();
        if (index < 0) {
            item->setHidden(!sectionShown);
            sectionShown = false;
            continue;
        }
        const GlossaryTerm &t = m_terms[index];
        const bool match = text.isEmpty() || t.chinese.contains(text, Qt::CaseInsensitive) ||
                           t.name.contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        sectionShown = sectionShown || match;
    }
}

void GlossaryDialog::showIndex(int index)
{
    if (index < 0 || index >= m_terms.size())
        return;
    const GlossaryTerm &t = m_terms[index];
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(t.chinese));
    if (t.name != t.chinese)
        h += QStringLiteral("<h3>%1</h3>").arg(esc(t.name));
    const QString second = index < m_reformTerms ? tr("In the planner") : tr("Parameters");
    h += QStringLiteral("<p>%1</p><h4>%2</h4><p>%3</p>")
             .arg(esc(t.meaning), esc(second), esc(t.inPlanner));
    m_text->setHtml(h);
}

bool GlossaryDialog::showTerm(const QString &term)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const int index = m_list->item(i)->data(Qt::UserRole).toInt();
        if (index < 0)
            continue;
        const GlossaryTerm &t = m_terms[index];
        if (t.chinese == term || t.name == term) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

} // namespace cc
