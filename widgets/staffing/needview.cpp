#include "widgets/staffing/needview.h"

#include "models/domain/labels.h"
#include "widgets/staffing/monthspinbox.h"
#include "widgets/staffing/staffingdialogs.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc {

namespace {

const QColor kShort(0xc0, 0x39, 0x2b);
const QColor kNeeded(0x7f, 0x8c, 0x8d);
const QColor kPosted(0x2f, 0x6d, 0xb5);

enum Col { FacilityCol, Level, Needed, Posted, Gap, Gp, Spec, Nurse, Ph, ColCount };

class NumberItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *sortable(double v, int decimals = 1)
{
    auto *item = new NumberItem;
    item->setData(Qt::DisplayRole, QLocale().toString(v, 'f', decimals));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

NeedView::NeedView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("&Month:"), this));
    m_month = new MonthSpinBox(this);
    bar->addWidget(m_month);
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_month);
    bar->addSpacing(16);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Township centres"), 0);
    m_scope->addItem(tr("County hospitals"), 1);
    m_scope->addItem(tr("All in-county facilities"), 2);
    bar->addWidget(m_scope);
    bar->addStretch();
    m_summary = new QLabel(this);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColCount, split);
    m_table->setHorizontalHeaderLabels({tr("Facility"), tr("Level"), tr("Needed (FTE)"),
                                        tr("Posted (FTE)"), tr("Gap"), tr("GPs"), tr("Specialists"),
                                        tr("Nurses"), tr("Public health")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FacilityCol, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->setToolTip(tr("WISN: FTE needed = simulated workload (episodes x staff minutes) / "
                           "available working time per FTE. Red: fewer posted than needed."));
    m_plot = new QCustomPlot(split);
    m_plot->setMinimumHeight(220);
    // The legend in a row above the bars, never over them.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(3);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setMargins(QMargins(4, 2, 4, 2));
    split->addWidget(m_table);
    split->addWidget(m_plot);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_month, &QSpinBox::valueChanged, this, &NeedView::refill);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &NeedView::refill);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_table->item(row, FacilityCol))
            emit facilityActivated(item->data(Qt::UserRole + 1).toLongLong(), month());
    });
}

int NeedView::month() const
{
    return m_month->value();
}

void NeedView::setMonth(int month)
{
    m_month->setValue(month);
}

void NeedView::setData(const Project &project, const staffing::StaffingNeed &need)
{
    m_project = project;
    m_need = need;
    const int keep = m_month->value();
    m_month->blockSignals(true);
    m_month->setProject(project);
    m_month->setRange(0, std::max(1, need.months) - 1);
    m_month->setValue(std::clamp(keep, 0, std::max(1, need.months) - 1));
    m_month->blockSignals(false);
    refill();
}

void NeedView::refill()
{
    const int t = month();
    const int scope = m_scope->currentData().toInt();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_shortfalls = 0;
    QVector<double> keys, needed, okKeys, postedOk, shortKeys, postedShort;
    QVector<QString> labels;
    double totalNeed = 0, totalPosted = 0;
    for (int r = 0; r < m_need.facilityIds.size() && t < m_need.months; ++r) {
        const Facility f = m_project.facilities.value(m_need.facilityIds[r]);
        if ((scope == 0 && f.level != FacilityLevel::TownshipCentre) ||
            (scope == 1 && f.level != FacilityLevel::CountyHospital))
            continue;
        const double need = m_need.neededAt(r, t), posted = m_need.postedAt(r, t);
        const bool isShort = posted + 1e-9 < need;
        m_shortfalls += isShort ? 1 : 0;
        totalNeed += need;
        totalPosted += posted;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(f.name);
        name->setData(Qt::UserRole + 1, f.id);
        m_table->setItem(row, FacilityCol, name);
        m_table->setItem(row, Level, new QTableWidgetItem(levelName(f.level)));
        m_table->setItem(row, Needed, sortable(need));
        m_table->setItem(row, Posted, sortable(posted));
        m_table->setItem(row, Gap, sortable(posted - need));
        for (int role = 0; role < kStaffRoleCount; ++role)
            m_table->setItem(row, Gp + role, sortable(m_need.postedAt(r, t, role)));
        if (isShort) {
            for (int c = 0; c < ColCount; ++c)
                m_table->item(row, c)->setBackground(QColor(0xfa, 0xdb, 0xd8));
            m_table->item(row, Gap)->setForeground(kShort);
            QFont bold = m_table->font();
            bold.setBold(true);
            m_table->item(row, Gap)->setFont(bold);
        }
        if (f.level != FacilityLevel::VillageClinic) {
            const double key = labels.size() + 1;
            labels.push_back(f.name);
            keys.push_back(key);
            needed.push_back(need);
            (isShort ? shortKeys : okKeys).push_back(key + 0.2);
            (isShort ? postedShort : postedOk).push_back(posted);
        }
    }
    m_table->setSortingEnabled(true);
    m_summary->setText(m_need.months > 0 ? tr("Needed %1 FTE, posted %2 FTE; %n facilities short",
                                              nullptr, m_shortfalls)
                                               .arg(QLocale().toString(totalNeed, 'f', 0),
                                                    QLocale().toString(totalPosted, 'f', 0))
                                         : tr("Run the simulation to see the workload."));

    m_plot->clearPlottables();
    m_plot->legend->setVisible(true);
    auto addBars = [&](const QString &name, const QColor &color, const QVector<double> &k,
                       const QVector<double> &v) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(name);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(120)));
        bars->setWidth(0.38);
        bars->setData(k, v, true);
        return bars;
    };
    QVector<double> neededKeys;
    for (double k : keys)
        neededKeys.push_back(k - 0.2);
    addBars(tr("Needed (FTE)"), kNeeded, neededKeys, needed);
    addBars(tr("Posted (FTE)"), kPosted, okKeys, postedOk);
    addBars(tr("Posted, short of need"), kShort, shortKeys, postedShort);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < keys.size(); ++i)
        ticker->addTick(keys[i], labels[i]);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(keys.size() > 8 ? 50 : 0);
    m_plot->xAxis->setRange(0.3, keys.size() + 0.7);
    double top = 1;
    for (double v : needed + postedOk + postedShort)
        top = std::max(top, v);
    m_plot->yAxis->setRange(0, top * 1.1);
    m_plot->yAxis->setLabel(tr("FTE"));
    m_plot->legend->setFont(font());
    m_plot->replot();
}

} // namespace cc
