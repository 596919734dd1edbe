#include "widgets/help/modelnotes.h"

#include "models/domain/parameters.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLocale>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <vector>

namespace cc {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(cc::ModelNotes)
};

// One topic: the equations in words and the parameter groups it uses (the
// group names of models/domain/parameters.cpp; tests/tst_gui_modelnotes.cpp
// checks every group of the table belongs to a topic).
struct RawTopic {
    const char *anchor;
    const char *chinese; // heading in Chinese, shown in every language
    const char *name;
    const char *text;
    const char *groups[4];
};

// What the engine computes (models/sim: engine.cpp, enginerows.cpp,
// enginefinalize.cpp, calibrator.cpp), in words.
const RawTopic kTopics[] = {
    {"time",
     "时间与结果",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Time and results"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "The model runs month by month over the horizon from the start month; calendar years "
         "count for growth, budgets and the year-end settlement. Every quantity is an expected "
         "value for a village or community, not a count of individual patients, so the same "
         "project always gives the same numbers. The indicators are computed for the county "
         "and for each township, per month and over the last 12 months: in-county treatment "
         "rate = in-county (village clinic, township centre, county hospital) visits and "
         "admissions / all of them; in-county inpatient share = in-county admissions / all "
         "admissions; grassroots share = village clinic and township centre visits / all "
         "in-county visits."),
     {"Time"}},
    {"choice",
     "就医选择",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Patient choice"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Each month the residents of each village or community who need one kind of care (a "
         "service line) choose among the facilities they consider: the nearest village clinics "
         "and township centres, every county hospital, and the city and provincial hospitals. "
         "Each choice gets a score: the level's constant for that line (fitted by calibration) "
         "+ quality weight x capability - travel weight x travel minutes - cost weight x "
         "out-of-pocket yuan + a bonus for staying in the county + a bonus for the own family "
         "doctor's facility, by the signed share + size weight x the logarithm of an "
         "in-county facility's size (its own staff for visits, its beds for admissions) - "
         "congestion "
         "aversion x the queue expected there. A facility's share of the patients is "
         "e^score / the sum of e^score over the choices (a logit model): a better, nearer, "
         "cheaper or less crowded facility gains patients gradually, never all at once. "
         "Capability = 1 - (1 - starting capability) x the product over posted staff of (1 - "
         "role weight x title factor x FTE). A facility below the lowest level a line needs "
         "treats it only while a posted specialist lifts its capability above the line's "
         "threshold; a grassroots facility without beds takes no admissions. Travel minutes "
         "follow the drawn roads at their speed; where no road is drawn, straight-line "
         "distance x the detour factor at the off-road speed. Each service line carries its "
         "own cost, travel and quality weights."),
     {"Patient choice", "Travel"}},
    {"demand",
     "需求及其增长",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Demand and its growth"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Episodes of a line demanded in a month = residents x the line's yearly rate per "
         "person / 12, grown by the yearly growth of use per person (visits and admissions "
         "separately) for every calendar year since the start. The cost of an episode grows by "
         "its own yearly rate; patients weigh out-of-pocket costs at start-year prices, because "
         "incomes are taken to grow with prices. Demand itself does not respond to price, "
         "distance or waiting: these move where patients go, not how often they seek care "
         "(providers' response can avoid or add admissions, see below). An "
         "episode stays unmet only where no facility a village considers can treat the line."),
     {"Growth"}},
    {"capacity",
     "服务能力与排队",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Capacity and queues"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "A facility's staff time per month = FTE present x available working hours per year x "
         "60 / 12 minutes; where it has beds, each role splits its time between the outpatient "
         "clinic and the wards by its ward share. Home staff count at 1 FTE minus their "
         "postings elsewhere; posted staff count where they are posted. Outpatient load = "
         "visits x the line's staff minutes; ward load = admissions x the line's ward minutes; "
         "bed load = admissions x length of stay, against beds x 30.4 days x the occupancy at "
         "capacity. Outpatients queue when the clinic load exceeds clinic time; admissions "
         "queue when ward time or beds, whichever is tighter, run short. Patients expect this "
         "month's queue from last month's patients of each facility, rescaled by how its "
         "appeal has changed since, and the queue settles where the patients who still come "
         "just fill the capacity (each unit of queue keeps a share of them away, set by the "
         "congestion aversion). Hospitals outside the county and facilities without staff "
         "never queue. Staff needed (WISN) = workload minutes / available minutes per FTE."),
     {"Capacity", "Staffing"}},
    {"reimbursement",
     "报销与自付",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Reimbursement and out-of-pocket cost"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "For each level, and for outpatient and inpatient care separately, the fund pays "
         "(cost - deductible, when positive) x in-scope share x reimbursement ratio, times the "
         "effective reimbursement scale fitted by calibration, and never more than the cost; "
         "the patient pays the rest. Outside the county, patients without a referral lose the "
         "no-referral cut of ratio points. Uninsured residents pay the whole cost."),
     {"Reimbursement"}},
    {"fund",
     "医保基金收支",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "The fund: revenue and payments"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Revenue per month = residents x insured share x (fiscal subsidy + personal premium) "
         "/ 12; subsidy and premium grow by their yearly rate in each calendar year after the "
         "first. Fee-for-service: the fund pays its part of every insured episode. DRG point "
         "method (when on): admissions at township centres and county hospitals earn points = "
         "base points x the line's DRG relative weight x the hospital coefficient. Without a "
         "global budget the fund pays the points, and a hospital keeps what it saves per case: a "
         "floating "
         "point value = what the year's DRG-paid admissions would have cost the fund under "
         "fee-for-service before providers' response / the year's points, so the total stays "
         "and each hospital's part follows its points; a fixed point value pays yuan per point. "
         "Under a global budget the points only share the alliance's budget among its "
         "hospitals. Capitation (when on): "
         "the fund pays a yearly amount per signed insured resident, in monthly twelfths, "
         "instead of fee-for-service for signed residents' in-county outpatient care; the "
         "signed share ramps from its starting value to the target. Balance: next month's "
         "balance = this month's + revenue - payments - year-end settlements - turnover fund "
         "advanced (+ recovered); months of reserve = balance / the mean monthly outflow of "
         "the last 12 months."),
     {"Insurance revenue", "Fund", "DRG points", "Capitation"}},
    {"budget",
     "总额预算与年终清算",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Global budget and year-end settlement"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Under a global budget the alliance answers for its residents' claims wherever they "
         "are treated, in the county or outside it. The budget of a calendar year is set "
         "either from last year's actual spending on its residents (the claims it answered "
         "for, without the critical-illness part) x (1 + growth coefficient) - the year before "
         "the first simulated year counts as twelve times the first month - or from revenue x "
         "(1 - critical-illness share - reserve share); either way times the budget share. "
         "The fund prepays a share of each month's budget and, in the first month of each "
         "budget year, advances a turnover fund of some months of prepayment, recovered at the "
         "settlement. Critical-illness carve-out: the part of an admission's cost above the "
         "high-cost threshold (admission costs spread around the line's average, lognormal) "
         "is paid by the fund outside the budget. Year-end settlement: surplus = budget - the "
         "claims the alliance answered for. With a surplus the alliance keeps retention x "
         "surplus and the fund the rest; with an overrun the fund covers overrun share x the "
         "overrun up to the band x the budget, and the alliance bears the rest. The charts "
         "show what the alliance keeps (negative: its loss)."),
     {"Global budget"}},
    {"response",
     "医疗机构对支付方式的反应",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Provider response to payment"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Providers respond to how they are paid, growing over the response ramp-up from the "
         "month a global budget, DRG points or capitation starts. The alliance's incentive is "
         "what it keeps of a yuan of claims it avoids: under a global budget the surplus "
         "retention after a year in surplus (and in the budget's first year), 1 - the fund's "
         "overrun share after an overrun within the band, all of it after an overrun beyond "
         "the band; capitation adds its own incentive; fee-for-service gives none. Health "
         "management then avoids signed residents' avoidable admissions: each line's avoidable "
         "share x the avoidable admissions prevented x the incentive x the signed share x the "
         "ramp. In the same month every avoided admission becomes the set number of visits of "
         "the chronic-care line (the one outpatient line marked to take them), at the village "
         "clinics and township centres the village considers, shared by their appeal (unmet "
         "where none is in reach; without such a line the avoided admissions are not "
         "replaced); the demand counted then holds these visits instead of the avoided "
         "admissions. Under DRG points or a global budget the township "
         "centres' and county hospitals' stays get shorter and their admissions cheaper by the "
         "set shares at full response. Without a global budget (fee-for-service, or DRG points "
         "alone) providers may add induced admissions (none by default); a global budget "
         "removes them."),
     {"Provider response"}},
    {"referral",
     "双向转诊与远程医疗",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Two-way referral and telemedicine"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Where the alliance holds one global budget it refers patients both ways, growing with "
         "the response. A share of the admissions beyond what the home township centre treats "
         "are referred up through the alliance, to a county hospital or, keeping the referral "
         "reimbursement, out of the county. A share of county-hospital admissions spend the "
         "recovery part of their stay in the home township centre's beds, paid there per "
         "bed-day, while the county hospital saves the recovery part of its cost (a DRG "
         "payment per case does not change). Telemedicine links from a county hospital (remote "
         "consultation, shared imaging, laboratory or ECG centres) raise a township centre's "
         "capability for the lines they serve while they run, like a posting: capability = 1 - "
         "(1 - capability) x (1 - the link's gain); they cost the alliance a yearly sum."),
     {"Two-way referral"}},
    {"calibration",
     "模型校准",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Calibration"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Calibration fits the constants of every service line and level so that the baseline "
         "scenario's first-year averages, with congestion as set, reproduce the county's "
         "stated in-county treatment rate, in-county inpatient share and grassroots share "
         "within 0.05 points, and each line's stated starting shares by level as closely as "
         "those allow: the odds of in-county care and of grassroots care are shifted together "
         "until the county's figures match. Each round moves a constant by ln(stated share / "
         "modelled share). Where the fund's claims-to-revenue ratio of the first year is "
         "stated, the effective reimbursement scale is fitted too. A level without a stated "
         "share takes the constant of the nearest level that has one, so a posting or a new "
         "capability can open a line to a facility. When the figures cannot all be met, the "
         "nearest fit is reported with each remaining gap (Analysis > Calibration; the "
         "command-line calibrate exits with code 3)."),
     {"Calibration targets"}},
    {"uncertainty",
     "不确定性分析",
     QT_TRANSLATE_NOOP("cc::ModelNotes", "Uncertainty"),
     QT_TRANSLATE_NOOP(
         "cc::ModelNotes",
         "Analysis > Uncertainty draws the choice weights, the demand rates and the size of "
         "providers' response and of referral from ranges around their values (a Latin "
         "hypercube sample), refits the constants of each draw that moves the choice weights "
         "so that it still starts at the county's stated figures, and shows the 50% and 90% bands "
         "of the fund balance and the in-county rate and the probability of a fund deficit. "
         "Analysis > Sensitivity moves each key parameter down and up in turn."),
     {"Uncertainty"}},
};

// What the model does not capture.
const char *const kLimitations[] = {
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "No seasonality: every month of a year has the same demand and prices."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "Only the urban-rural resident medical insurance: the employee medical "
                      "insurance, its members and its fund are not modelled."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "No individual patients: villages are followed as expected values, so a "
                      "run has no chance in it (Analysis > Uncertainty varies the weights)."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "Providers respond to payment only through the factors of provider "
                      "response (avoided, shorter, cheaper or induced admissions, referrals): they "
                      "do not select patients, code cases into richer DRG groups or shift costs "
                      "to patients."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "Incomes are assumed to grow with prices: patients weigh out-of-pocket "
                      "costs at start-year prices."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "How often people seek care does not depend on price, distance or "
                      "waiting; these only move where they go."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "The queue is expected from last month's patients: in the month after a "
                      "posting ends, the host can lose a few patients to neighbours whose queues "
                      "the posting had shortened."),
    QT_TRANSLATE_NOOP("cc::ModelNotes",
                      "Hospitals outside the county never queue, and staff neither leave nor "
                      "tire: postings happen as planned."),
};

QString trN(const char *text)
{
    return QCoreApplication::translate("cc::ModelNotes", text);
}
QString trP(const char *text)
{
    return QCoreApplication::translate("cc::Parameters", text);
}

// Every row of both parameter tables, policy first.
std::vector<const ParameterSpec *> allSpecs()
{
    std::vector<const ParameterSpec *> specs;
    for (int i = 0; i < kPolicyKeyCount; ++i)
        specs.push_back(&policySpec(static_cast<PolicyKey>(i)));
    for (int i = 0; i < kSettingKeyCount; ++i)
        specs.push_back(&settingSpec(static_cast<SettingKey>(i)));
    return specs;
}

bool inTopic(const RawTopic &topic, const ParameterSpec &spec)
{
    for (const char *group : topic.groups)
        if (group && std::strcmp(group, spec.group) == 0)
            return true;
    return false;
}

QString formatValue(const ParameterSpec &spec, double v, const QLocale &locale)
{
    const QString unit = spec.unit && *spec.unit ? QLatin1Char(' ') + trP(spec.unit) : QString();
    switch (spec.kind) {
    case ValueKind::Boolean:
        return v != 0 ? Text::tr("on") : Text::tr("off");
    case ValueKind::Share:
        return locale.toString(100.0 * v, 'g', 4) + QLatin1Char('%');
    case ValueKind::Integer: {
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(static_cast<qlonglong>(std::llround(v))) + unit;
    }
    case ValueKind::Money:
        return locale.toString(v, 'f', v == std::floor(v) && std::abs(v) < 1e15 ? 0 : 2) + unit;
    case ValueKind::Real:
        break;
    }
    return locale.toString(v, 'g', 6) + unit;
}

QString rangeText(const ParameterSpec &spec, const QLocale &locale)
{
    if (spec.kind == ValueKind::Boolean)
        return Text::tr("on or off");
    return Text::tr("%1 to %2")
        .arg(formatValue(spec, spec.minimum, locale), formatValue(spec, spec.maximum, locale));
}

// The labels of a topic's parameters, in table order.
QString topicParameters(const RawTopic &topic)
{
    QStringList labels;
    for (const ParameterSpec *spec : allSpecs())
        if (inTopic(topic, *spec))
            labels << trP(spec->label);
    return labels.join(Text::tr(", "));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString headingOf(const GlossaryTerm &t)
{
    return t.name == t.chinese
               ? esc(t.name)
               : QStringLiteral("%1 <small>%2</small>").arg(esc(t.name), esc(t.chinese));
}

} // namespace

QVector<GlossaryTerm> modelTerms()
{
    QVector<GlossaryTerm> terms;
    for (int i = 0; i < static_cast<int>(std::size(kTopics)); ++i)
        terms.append(
            {QString::fromUtf8(kTopics[i].chinese), trN(kTopics[i].name), trN(kTopics[i].text),
             Text::tr("%1. Help > Model Notes gives each one's meaning, default, range and "
                      "source.")
                 .arg(topicParameters(kTopics[i]))});
    return terms;
}

QStringList modelLimitations()
{
    QStringList out;
    for (const char *text : kLimitations)
        out << trN(text);
    return out;
}

QString modelNotesHtml()
{
    const QLocale locale;
    const QVector<GlossaryTerm> terms = modelTerms();
    QString h =
        QStringLiteral("<h1>%1</h1><p>%2</p>")
            .arg(esc(Text::tr("Model notes")),
                 esc(Text::tr("What CountyCare computes, in words; every parameter with its "
                              "meaning, default, range and the source of the default; and "
                              "what the model leaves out. The parameters are listed from the "
                              "same table the program and the project file use.")));
    // Contents.
    h += QStringLiteral("<p>");
    for (int i = 0; i < terms.size(); ++i)
        h += QStringLiteral("<a href=\"#%1\">%2</a> &middot; ")
                 .arg(QLatin1String(kTopics[i].anchor), esc(terms[i].name));
    h += QStringLiteral("<a href=\"#parameters\">%1</a> &middot; <a href=\"#limits\">%2</a></p>")
             .arg(esc(Text::tr("Parameters")), esc(Text::tr("What the model leaves out")));

    for (int i = 0; i < terms.size(); ++i) {
        const GlossaryTerm &t = terms[i];
        h += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2><p>%3</p><p><b>%4</b> %5</p>")
                 .arg(QLatin1String(kTopics[i].anchor), headingOf(t), esc(t.meaning),
                      esc(Text::tr("Parameters:")), esc(topicParameters(kTopics[i])));
    }

    // One table per group, in the order the groups first appear.
    h += QStringLiteral("<h2><a name=\"parameters\"></a>%1</h2><p>%2</p>")
             .arg(esc(Text::tr("Parameters")),
                  esc(Text::tr("Payment policy parameters can change from a month on (Payment "
                               "Policy dock, Policy Schedule); model settings hold for the whole "
                               "project. The key is the name in the project file and on the "
                               "command line.")));
    const std::vector<const ParameterSpec *> specs = allSpecs();
    std::vector<const char *> groups;
    for (const ParameterSpec *spec : specs)
        if (std::none_of(groups.begin(), groups.end(),
                         [spec](const char *g) { return std::strcmp(g, spec->group) == 0; }))
            groups.push_back(spec->group);
    for (const char *group : groups) {
        h += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                            "width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                            "<th>%6</th></tr>")
                 .arg(esc(trP(group)), esc(Text::tr("Parameter")), esc(Text::tr("Meaning")),
                      esc(Text::tr("Default")), esc(Text::tr("Range")),
                      esc(Text::tr("Source of the default")));
        for (const ParameterSpec *spec : specs) {
            if (std::strcmp(spec->group, group) != 0)
                continue;
            h += QStringLiteral("<tr><td><b>%1</b><br/><code>%2</code></td><td>%3</td>"
                                "<td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(trP(spec->label)), esc(QLatin1String(spec->key)),
                          esc(trP(spec->help)), esc(formatValue(*spec, spec->defaultValue, locale)),
                          esc(rangeText(*spec, locale)), esc(trP(spec->source)));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2><a name=\"limits\"></a>%1</h2><ul>")
             .arg(esc(Text::tr("What the model leaves out")));
    for (const QString &item : modelLimitations())
        h += QStringLiteral("<li>%1</li>").arg(esc(item));
    h += QStringLiteral("</ul>");
    return h;
}

ModelNotesDialog::ModelNotesDialog(QWidget *parent)
    : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("modelNotesDialog"));
    setWindowTitle(tr("Model Notes"));
    m_text->setObjectName(QStringLiteral("modelNotesText"));
    m_text->setOpenLinks(true);
    m_text->setOpenExternalLinks(false);
    m_text->setHtml(modelNotesHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    QSize size(1000, 720);
    if (const QScreen *s = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
}

} // namespace cc
