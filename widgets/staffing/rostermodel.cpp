#include "widgets/staffing/rostermodel.h"

#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/staffing/staffingneed.h"
#include "models/staffing/staffingrules.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cc {

RosterModel::RosterModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, &RosterModel::reload);
    connect(document, &ProjectDocument::settingsChanged, this, &RosterModel::reload);
    connect(document, &ProjectDocument::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::Staff || kind == EntityKind::Posting ||
            kind == EntityKind::Facility)
            reload();
    });
    reload();
}

void RosterModel::setScenario(EntityId scenarioId)
{
    if (m_scenario == scenarioId)
        return;
    m_scenario = scenarioId;
    reload();
}

void RosterModel::reload()
{
    beginResetModel();
    const Project &p = m_document->project();
    m_ids = p.staff.keys().toVector();
    m_postings.clear();
    m_shortOf.clear();
    m_servedOf.clear();
    const EntityId scenario = m_scenario ? m_scenario : p.baselineScenarioId();
    for (const Posting &q : p.postingsOf(scenario))
        m_postings[q.staffId] += 1;
    for (const staffing::PromotionStatus &s : staffing::promotionCandidates(p, scenario)) {
        m_shortOf.insert(s.staffId, s.shortMonths());
        m_servedOf.insert(s.staffId, s.servedMonths);
    }
    endResetModel();
}

EntityId RosterModel::staffIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int RosterModel::rowOf(EntityId staffId) const
{
    return m_ids.indexOf(staffId);
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ids.size();
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Project &p = m_document->project();
    const StaffMember m = p.staff.value(m_ids[index.row()]);
    const auto facilityName = [&](EntityId id) {
        return id == 0 ? QString() : p.facilities.value(id).name;
    };
    const int col = index.column();
    if (role == Qt::UserRole) { // sort key
        switch (col) {
        case Role:
            return static_cast<int>(m.role);
        case Title:
            return static_cast<int>(m.title);
        case GrassrootsMonths:
            return m.grassrootsMonths;
        case Promotion:
            return m_shortOf.value(m.id, -1);
        case Postings:
            return m_postings.value(m.id);
        case Pay:
            return staffing::annualPayYuan(m, p.settings);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (col) {
        case Name:
            return m.name;
        case Role:
            return roleName(m.role);
        case Title:
            return titleName(m.title);
        case Employer:
            return m.employerFacilityId == 0 ? tr("Alliance (county hire)")
                                             : facilityName(m.employerFacilityId);
        case Home:
            return facilityName(m.homeFacilityId);
        case GrassrootsMonths:
            return m.grassrootsMonths;
        case Promotion: {
            if (!m_shortOf.contains(m.id))
                return QString();
            const int s = m_shortOf.value(m.id);
            return s > 0 ? tr("%n month(s) short", nullptr, s)
                         : tr("Ready (%1 months)").arg(m_servedOf.value(m.id));
        }
        case Postings:
            return m_postings.value(m.id);
        case Pay:
            return QLocale().toString(staffing::annualPayYuan(m, p.settings), 'f', 0);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && col == Promotion && m_shortOf.value(m.id) > 0)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole && (col == GrassrootsMonths || col == Postings || col == Pay))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && col == Promotion && m_shortOf.contains(m.id))
        return tr("Grassroots service counted for promotion to associate chief physician: "
                  "recorded months plus FTE-weighted months posted at grassroots facilities.");
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Title:
        return tr("Title");
    case Employer:
        return tr("Employer");
    case Home:
        return tr("Works at");
    case GrassrootsMonths:
        return tr("Grassroots months");
    case Promotion:
        return tr("Promotion");
    case Postings:
        return tr("Postings");
    case Pay:
        return tr("Annual pay (yuan)");
    default:
        return {};
    }
}

Qt::ItemFlags RosterModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList RosterModel::mimeTypes() const
{
    return {QString::fromLatin1(kStaffMimeType)};
}

QMimeData *RosterModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = QString::number(staffIdAt(i.row()));
        if (!ids.contains(id))
            ids.push_back(id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kStaffMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

} // namespace cc
