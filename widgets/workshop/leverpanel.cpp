#include "widgets/workshop/leverpanel.h"

#include "models/domain/labels.h"
#include "models/edit/policyedits.h"
#include "widgets/policy/policychanges.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace cc {

namespace {
// Lever ranges (slider positions): ratios in percent, the gap in ratio points,
// capitation in yuan per signed resident and year (0 turns it off).
constexpr int kGapMin = -20, kGapMax = 50;
constexpr int kCapitationMax = 400, kCapitationStep = 10;

const char *const kBigSliderStyle =
    "QSlider::groove:horizontal { height: 14px; border-radius: 7px; background: #c8d3de; }"
    "QSlider::sub-page:horizontal { height: 14px; border-radius: 7px; background: #0072B2; }"
    "QSlider::handle:horizontal { width: 40px; height: 40px; margin: -14px 0; border-radius: 20px;"
    " background: #ffffff; border: 3px solid #0072B2; }"
    "QSlider::handle:horizontal:focus { border: 5px solid #E69F00; }"
    "QSlider::groove:horizontal:disabled { background: #e4e4e4; }"
    "QSlider::sub-page:horizontal:disabled { background: #b0b0b0; }"
    "QSlider::handle:horizontal:disabled { border-color: #b0b0b0; }";
} // namespace

LeverPanel::LeverPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("leverPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    m_rows.resize(LeverCount);
    // Which scenario and month the levers show and edit.
    m_inForce = new QLabel(this);
    m_inForce->setObjectName(QStringLiteral("leverScope"));
    m_inForce->setWordWrap(true);
    layout->addWidget(m_inForce);

    buildRow(TownshipRatio, tr("Township inpatient reimbursement"),
             tr("Share of in-scope inpatient cost the insurance pays at township health centres "
                "(乡镇卫生院住院报销比例)."),
             0, 100);
    buildRow(RatioGap, tr("Township vs county ratio gap"),
             tr("How many points more the insurance reimburses at a township health centre than "
                "at a county hospital (inpatient). A wider gap steers patients to the township; "
                "moving it changes the county hospital's ratio."),
             kGapMin, kGapMax);
    buildRow(GlobalBudget, tr("Global budget"),
             tr("Pay the alliance a global budget (总额预算) instead of claim by claim; it keeps "
                "part of a surplus and bears part of an overrun."),
             0, 0);
    buildRow(SurplusRetention, tr("Surplus retained by the alliance"),
             tr("Share of a year-end surplus of the global budget the alliance keeps (结余留用); "
                "acts only with the global budget on."),
             0, 100);
    buildRow(Capitation, tr("Capitation per signed resident"),
             tr("Yuan per signed resident and year paid for their outpatient care (按人头付费); "
                "0 turns capitation off."),
             0, kCapitationMax);

    auto *trainer = new QWidget(this);
    auto *tl = new QGridLayout(trainer);
    tl->setContentsMargins(0, 8, 0, 0);
    m_lock = new QCheckBox(tr("Trainer &lock"), trainer);
    m_lock->setObjectName(QStringLiteral("trainerLock"));
    m_lock->setToolTip(tr("Lock the parameters: only the revealed levers can be moved, the full "
                          "policy panel is locked"));
    m_lock->setWhatsThis(tr("For trainers: while locked, the levers are revealed one at a time "
                            "with \"Reveal next lever\" and the policy panel cannot be edited."));
    m_reveal = new QPushButton(tr("Reveal &next lever"), trainer);
    m_reveal->setObjectName(QStringLiteral("revealNextLever"));
    m_reveal->setToolTip(tr("Unlock the next lever for the room"));
    m_reveal->setWhatsThis(tr("Enables the next locked lever, top to bottom."));
    tl->addWidget(m_lock, 0, 0);
    tl->addWidget(m_reveal, 0, 1);
    layout->addWidget(trainer);
    connect(m_lock, &QCheckBox::toggled, this, &LeverPanel::setTrainerLock);
    connect(m_reveal, &QPushButton::clicked, this, &LeverPanel::revealNext);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("leverMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #D55E00;"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(document, &ProjectDocument::projectReset, this, &LeverPanel::reload);
    connect(document, &ProjectDocument::policyChanged, this, [this] { reload(); });
    connect(document, &ProjectDocument::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Scenario)
            reload();
    });
    // Keyboard order: the levers top to bottom, then the trainer controls.
    QWidget *previous = nullptr;
    for (int i = 0; i < LeverCount; ++i) {
        QWidget *w = leverWidget(static_cast<Lever>(i));
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_lock);
    setTabOrder(m_lock, m_reveal);
    reload();
    updateEnabled();
}

void LeverPanel::buildRow(Lever lever, const QString &title, const QString &help, int min, int max)
{
    Row &row = m_rows[lever];
    row.box = new QWidget(this);
    auto *grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 0, 0, 0);
    row.title = new QLabel(title, row.box);
    QFont f = row.title->font();
    f.setBold(true);
    row.title->setFont(f);
    row.title->setWordWrap(true);
    row.value = new QLabel(row.box);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.value->setObjectName(QStringLiteral("leverValue%1").arg(int(lever)));
    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.value, 0, 1);
    row.box->setToolTip(help);
    row.box->setWhatsThis(help);
    if (lever == GlobalBudget) {
        m_budget = new QPushButton(row.box);
        m_budget->setObjectName(QStringLiteral("leverGlobalBudget"));
        m_budget->setCheckable(true);
        m_budget->setMinimumHeight(48);
        m_budget->setToolTip(help);
        m_budget->setWhatsThis(help);
        row.title->setBuddy(m_budget);
        grid->addWidget(m_budget, 1, 0, 1, 2);
        connect(m_budget, &QPushButton::toggled, this, [this](bool on) {
            if (!m_loading)
                apply(GlobalBudget, on ? 1 : 0);
        });
    } else {
        row.slider = new QSlider(Qt::Horizontal, row.box);
        row.slider->setObjectName(QStringLiteral("lever%1").arg(int(lever)));
        row.slider->setRange(min, max);
        row.slider->setMinimumHeight(48);
        row.slider->setStyleSheet(QLatin1String(kBigSliderStyle));
        row.slider->setFocusPolicy(Qt::StrongFocus);
        if (lever == Capitation) {
            row.slider->setSingleStep(kCapitationStep);
            row.slider->setPageStep(5 * kCapitationStep);
        } else {
            row.slider->setPageStep(5);
        }
        row.slider->setToolTip(help);
        row.slider->setWhatsThis(help);
        row.slider->setAccessibleName(title);
        row.title->setBuddy(row.slider);
        grid->addWidget(row.slider, 1, 0, 1, 2);
        connect(row.slider, &QSlider::sliderPressed, this,
                [this] { m_dragKey = edit::newMergeKey(); });
        connect(row.slider, &QSlider::sliderReleased, this, [this] { m_dragKey = 0; });
        connect(row.slider, &QSlider::valueChanged, this, [this, lever](int v) {
            m_rows[lever].value->setText(valueText(lever, v));
            if (!m_loading)
                apply(lever, v);
        });
    }
    static_cast<QVBoxLayout *>(layout())->addWidget(row.box);
}

QSlider *LeverPanel::slider(Lever lever) const
{
    return m_rows.value(lever).slider;
}

QAbstractButton *LeverPanel::budgetSwitch() const
{
    return m_budget;
}

QWidget *LeverPanel::leverWidget(Lever lever) const
{
    if (lever == GlobalBudget)
        return m_budget;
    return slider(lever);
}

bool LeverPanel::isLeverEnabled(Lever lever) const
{
    return leverWidget(lever)->isEnabled();
}

EntityId LeverPanel::effectiveScenario() const
{
    const Project &p = m_document->project();
    return p.scenarios.contains(m_scenario) ? m_scenario : p.baselineScenarioId();
}

PolicyParams LeverPanel::policy() const
{
    return m_document->project().policyAt(effectiveScenario(), m_month);
}

int LeverPanel::entryIndex() const
{
    const Project &p = m_document->project();
    return std::max(0, entryIndexAt(p.scenarios.value(effectiveScenario()).schedule, m_month));
}

double LeverPanel::leverValue(Lever lever) const
{
    const PolicyParams p = policy();
    switch (lever) {
    case TownshipRatio:
        return p[PolicyKey::InpatientRatioTownship];
    case RatioGap:
        return p[PolicyKey::InpatientRatioTownship] - p[PolicyKey::InpatientRatioCounty];
    case GlobalBudget:
        return p[PolicyKey::GlobalBudgetOn];
    case SurplusRetention:
        return p[PolicyKey::SurplusRetention];
    case Capitation:
        return p.flag(PolicyKey::CapitationOn) ? p[PolicyKey::CapitationYuanPerSigned] : 0.0;
    case LeverCount:
        break;
    }
    return 0;
}

void LeverPanel::setScenario(EntityId scenarioId)
{
    m_scenario = scenarioId;
    reload();
}

void LeverPanel::setMonth(int month)
{
    if (month == m_month)
        return;
    m_month = std::max(0, month);
    reload();
}

QString LeverPanel::valueText(Lever lever, int position) const
{
    const QLocale locale;
    switch (lever) {
    case TownshipRatio:
    case SurplusRetention:
        return locale.toString(position) + QLatin1Char('%');
    case RatioGap:
        return tr("%1 points").arg(locale.toString(position));
    case Capitation:
        return position == 0 ? tr("off") : tr("%1 yuan").arg(locale.toString(position));
    case GlobalBudget:
        return position ? tr("on") : tr("off");
    case LeverCount:
        break;
    }
    return QString();
}

void LeverPanel::reload()
{
    const Project &p = m_document->project();
    const Scenario &s = p.scenarios.value(effectiveScenario());
    const int entry = entryIndex();
    m_inForce->setText(
        tr("%1, policy in force in %2 (the %3 change)")
            .arg(
                scenarioLabel(s), projectMonthLabel(p, m_month),
                projectMonthLabel(p, entry < s.schedule.size() ? s.schedule[entry].fromMonth : 0)));
    m_loading = true;
    for (int i = 0; i < LeverCount; ++i) {
        const auto lever = static_cast<Lever>(i);
        const double v = leverValue(lever);
        int position = 0;
        if (lever == Capitation)
            position = int(std::lround(v));
        else if (lever != GlobalBudget)
            position = int(std::lround(v * 100));
        else
            position = v != 0 ? 1 : 0;
        if (QSlider *s = slider(lever)) {
            if (!s->isSliderDown())
                s->setValue(position);
            m_rows[i].value->setText(valueText(lever, s->value()));
        } else {
            m_budget->setChecked(position != 0);
            m_budget->setText(position ? tr("Global budget: ON") : tr("Global budget: OFF"));
            m_rows[i].value->clear();
        }
    }
    m_loading = false;
}

void LeverPanel::apply(Lever lever, int position)
{
    const EntityId id = effectiveScenario();
    if (id == 0)
        return;
    // One undo step per drag; a key press or a click is a step of its own.
    const qint64 key = m_dragKey != 0 ? m_dragKey : edit::newMergeKey();
    edit::EditResult r;
    const PolicyParams p = policy();
    // The change in force in the month on screen sets the value, until a later
    // change that sets the same parameter.
    const int entry = entryIndex();
    switch (lever) {
    case TownshipRatio:
        r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::InpatientRatioTownship,
                                 position / 100.0, key);
        break;
    case RatioGap: {
        const double county = p[PolicyKey::InpatientRatioTownship] - position / 100.0;
        r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::InpatientRatioCounty,
                                 std::round(county * 1000) / 1000, key);
        break;
    }
    case GlobalBudget:
        r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::GlobalBudgetOn, position, key);
        break;
    case SurplusRetention:
        r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::SurplusRetention,
                                 position / 100.0, key);
        break;
    case Capitation:
        r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::CapitationOn,
                                 position > 0 ? 1 : 0, key);
        if (r && position > 0)
            r = edit::setPolicyValue(*m_document, id, entry, PolicyKey::CapitationYuanPerSigned,
                                     position, key);
        break;
    case LeverCount:
        break;
    }
    m_message->setText(r ? QString() : r.error);
    if (!r)
        reload(); // back to what the policy holds
    else
        emit leverMoved();
}

void LeverPanel::setTrainerLock(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    m_revealed = locked ? 0 : int(LeverCount);
    if (m_lock->isChecked() != locked)
        m_lock->setChecked(locked);
    updateEnabled();
    emit trainerLockChanged(locked);
}

bool LeverPanel::revealNext()
{
    if (m_revealed >= LeverCount)
        return false;
    ++m_revealed;
    updateEnabled();
    if (QWidget *w = leverWidget(static_cast<Lever>(m_revealed - 1)))
        w->setFocus(Qt::OtherFocusReason);
    return true;
}

void LeverPanel::updateEnabled()
{
    for (int i = 0; i < LeverCount; ++i) {
        const bool on = i < m_revealed;
        m_rows[i].box->setEnabled(on);
        // A locked lever shows no value, so the room is not given the answer early.
        m_rows[i].value->setVisible(on);
    }
    m_reveal->setEnabled(m_locked && m_revealed < LeverCount);
}

QString LeverPanel::message() const
{
    return m_message->text();
}

} // namespace cc
