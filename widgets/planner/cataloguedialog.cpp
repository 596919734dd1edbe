#include "widgets/planner/cataloguedialog.h"

#include "models/domain/projectdocument.h"
#include "models/edit/investmentedits.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace cc::plannerui {

namespace {

constexpr int ValueRole = Qt::UserRole;     // the catalogue's exact value (yuan, a share)
constexpr int ShownRole = Qt::UserRole + 1; // the text it was shown as

// A number without trailing zeros ("20", "7.2"), in the UI's locale.
QString numberText(double value, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

// The column's value as the catalogue holds it.
double valueOf(const InvestmentCost &cost, CatalogueDialog::Column column)
{
    switch (column) {
    case CatalogueDialog::CapitalCost:
        return cost.capitalYuan;
    case CatalogueDialog::YearlyCost:
        return cost.annualYuan;
    case CatalogueDialog::RunningYears:
        return cost.runningYears;
    case CatalogueDialog::Units:
        return cost.units;
    case CatalogueDialog::CapabilityGain:
        return cost.capabilityGain;
    default:
        return 0;
    }
}

// What the table shows per unit of the catalogue: 10,000 yuan, percent.
double shownPerValue(CatalogueDialog::Column column)
{
    switch (column) {
    case CatalogueDialog::CapitalCost:
    case CatalogueDialog::YearlyCost:
        return 1.0 / 10000;
    case CatalogueDialog::CapabilityGain:
        return 100;
    default:
        return 1;
    }
}

int decimalsOf(CatalogueDialog::Column column)
{
    switch (column) {
    case CatalogueDialog::CapitalCost:
    case CatalogueDialog::YearlyCost:
        return 4; // to the yuan
    case CatalogueDialog::CapabilityGain:
        return 2;
    default:
        return 0;
    }
}

} // namespace

bool CatalogueDialog::uses(InvestmentKind kind, Column column)
{
    switch (column) {
    case Units:
        return kind == InvestmentKind::AddBeds || kind == InvestmentKind::PostDoctors ||
               kind == InvestmentKind::NewTownshipBranch;
    case CapabilityGain:
        return kind == InvestmentKind::EquipLine || kind == InvestmentKind::TelemedicineLink ||
               kind == InvestmentKind::CareCentre;
    default:
        return true;
    }
}

CatalogueDialog::CatalogueDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document),
      m_table(new QTableWidget(kInvestmentKindCount, ColumnCount, this)),
      m_goldenHour(new QSpinBox(this)), m_message(new QLabel(this)), m_ok(nullptr),
      m_restore(new QPushButton(tr("&Restore Defaults"), this))
{
    setObjectName(QStringLiteral("catalogueDialog"));
    setWindowTitle(tr("Investment Catalogue"));

    auto *intro = new QLabel(tr("What each kind of action costs and does when the planner weighs "
                                "it. Hover over a row for the source of its defaults; values the "
                                "county knows better replace them (saved in the project)."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Action"), tr("Capital cost\n(10,000 yuan)"), tr("Yearly cost\n(10,000 yuan)"),
         tr("Years it runs\n(0: whole horizon)"), tr("Number\n(beds or doctors)"),
         tr("Capability gain\n(% of the gap)"), tr("Source")});
    const QStringList headerTips = {
        QString(),
        tr("Paid once, at the start"),
        tr("Running cost per year; a negative number is a saving"),
        tr("Years the running cost is paid; 0: every year to the end of the chosen year"),
        tr("Beds added (a township branch: its beds) or county doctors posted"),
        tr("Share of the gap to full capability on the service line that the action closes"),
        tr("Where the defaults come from")};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Source, QHeaderView::Stretch);
    for (int r = 0; r < kInvestmentKindCount; ++r) {
        const auto kind = static_cast<InvestmentKind>(r);
        auto *action = new QTableWidgetItem(investmentKindLabel(kind));
        action->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        action->setToolTip(investmentKindSource(kind));
        m_table->setItem(r, Action, action);
        auto *source = new QTableWidgetItem(investmentKindSource(kind));
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        source->setToolTip(investmentKindSource(kind));
        m_table->setItem(r, Source, source);
    }

    m_goldenHour->setObjectName(QStringLiteral("catalogueGoldenHour"));
    m_goldenHour->setRange(1, 600);
    m_goldenHour->setSuffix(tr(" min"));
    m_goldenHour->setToolTip(tr("60: the golden hour of the national chest-pain and stroke centre "
                                "standards (中国胸痛中心认证标准; 卒中中心建设指南)"));
    auto *goldenRow = new QHBoxLayout;
    auto *goldenLabel = new QLabel(tr("&Golden hour of the care centres (minutes within which a "
                                      "time-critical patient should reach one):"),
                                   this);
    goldenLabel->setBuddy(m_goldenHour);
    goldenLabel->setWordWrap(true);
    goldenRow->addWidget(goldenLabel, 1);
    goldenRow->addWidget(m_goldenHour);

    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    m_restore->setToolTip(tr("Fill in the sourced defaults (applied with OK)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &CatalogueDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(goldenRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    showCatalogue(document->project().catalogue);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_goldenHour, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    if (document->isReadOnly()) {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_goldenHour->setEnabled(false);
        m_restore->setEnabled(false);
        m_ok->setEnabled(false);
        m_message->setText(tr("The project is open read-only: the catalogue can be read, not "
                              "changed."));
    }
    resize(1100, 480);
}

void CatalogueDialog::setCell(int row, Column column, double value, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(ValueRole, value);
    item->setData(ShownRole, text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto kind = static_cast<InvestmentKind>(row);
    if (!uses(kind, column)) {
        item->setText(QStringLiteral("-"));
        item->setData(ShownRole, item->text());
        item->setFlags(Qt::ItemIsSelectable);
        item->setToolTip(tr("Not used by this kind of action"));
    } else {
        item->setToolTip(investmentKindSource(kind));
    }
    m_table->setItem(row, column, item);
}

void CatalogueDialog::showCatalogue(const InvestmentCatalogue &catalogue)
{
    m_filling = true;
    for (int r = 0; r < kInvestmentKindCount; ++r) {
        const InvestmentCost &cost = catalogue.costs[static_cast<std::size_t>(r)];
        for (const Column c : {CapitalCost, YearlyCost, RunningYears, Units, CapabilityGain}) {
            const double v = valueOf(cost, c);
            setCell(r, c, v, numberText(v * shownPerValue(c), decimalsOf(c)));
        }
    }
    m_goldenHourShown = catalogue.goldenHourMinutes;
    m_goldenHour->setValue(static_cast<int>(std::lround(catalogue.goldenHourMinutes)));
    m_filling = false;
    validate();
}

std::optional<InvestmentCatalogue> CatalogueDialog::enteredCatalogue(QString *error) const
{
    InvestmentCatalogue out;
    const QLocale locale;
    for (int r = 0; r < kInvestmentKindCount; ++r) {
        const auto kind = static_cast<InvestmentKind>(r);
        InvestmentCost &cost = out.costs[static_cast<std::size_t>(r)];
        for (const Column c : {CapitalCost, YearlyCost, RunningYears, Units, CapabilityGain}) {
            const QTableWidgetItem *item = m_table->item(r, c);
            double v = item ? item->data(ValueRole).toDouble() : 0;
            // A cell retyped is read; one left alone keeps its exact value.
            if (item && item->text() != item->data(ShownRole).toString()) {
                const QString text = item->text().trimmed();
                bool ok = false;
                v = locale.toDouble(text, &ok);
                if (!ok)
                    v = QLocale::c().toDouble(text, &ok);
                const QString where = tr("%1, %2").arg(
                    investmentKindLabel(kind), m_table->horizontalHeaderItem(c)->text().replace(
                                                   QLatin1Char('\n'), QLatin1Char(' ')));
                if (!ok || !std::isfinite(v)) {
                    if (error)
                        *error = tr("%1: \"%2\" is not a number.").arg(where, text);
                    return std::nullopt;
                }
                if ((c == RunningYears || c == Units) && v != std::floor(v)) {
                    if (error)
                        *error = tr("%1: \"%2\" is not a whole number.").arg(where, text);
                    return std::nullopt;
                }
                if (c == CapitalCost || c == YearlyCost)
                    v *= 10000; // from 10,000 yuan
                else if (c == CapabilityGain)
                    v /= 100; // from percent
            }
            switch (c) {
            case CapitalCost:
                cost.capitalYuan = v;
                break;
            case YearlyCost:
                cost.annualYuan = v;
                break;
            case RunningYears:
                cost.runningYears = static_cast<int>(std::clamp(v, -1e6, 1e6));
                break;
            case Units:
                cost.units = static_cast<int>(std::clamp(v, -1e6, 1e6));
                break;
            default:
                cost.capabilityGain = v;
                break;
            }
        }
    }
    out.goldenHourMinutes =
        m_goldenHour->value() == static_cast<int>(std::lround(m_goldenHourShown))
            ? m_goldenHourShown
            : m_goldenHour->value();
    if (QString e = validateCatalogue(out); !e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    return out;
}

void CatalogueDialog::validate()
{
    QString error;
    const bool ok = enteredCatalogue(&error).has_value();
    m_message->setText(ok ? QString() : error);
    m_ok->setEnabled(ok && !m_document->isReadOnly());
}

void CatalogueDialog::restoreDefaults()
{
    showCatalogue(defaultInvestmentCatalogue());
}

void CatalogueDialog::accept()
{
    QString error;
    const std::optional<InvestmentCatalogue> catalogue = enteredCatalogue(&error);
    if (!catalogue) {
        m_message->setText(error);
        return;
    }
    const edit::EditResult r = edit::setCatalogue(*m_document, *catalogue);
    if (!r) {
        m_message->setText(r.error);
        return;
    }
    QDialog::accept();
}

} // namespace cc::plannerui
