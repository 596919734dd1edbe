#include "widgets/links/linkmodel.h"

#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <cmath>

namespace cc {

LinkModel::LinkModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::projectReset, this, &LinkModel::reload);
    connect(document, &ProjectDocument::settingsChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, From), index(m_ids.size() - 1, To));
    });
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, EntityId id, ChangeKind change) {
                if (kind == EntityKind::TelemedicineLink && change == ChangeKind::Modified &&
                    m_ids.contains(id)) {
                    const int row = m_ids.indexOf(id);
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                } else if (kind == EntityKind::TelemedicineLink || kind == EntityKind::Facility ||
                           kind == EntityKind::Scenario) {
                    reload();
                }
            });
    reload();
}

void LinkModel::setScenario(EntityId scenarioId)
{
    if (scenarioId == m_scenario)
        return;
    m_scenario = scenarioId;
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(m_ids.size() - 1, ColumnCount - 1));
}

void LinkModel::reload()
{
    beginResetModel();
    m_ids = m_document->project().links.keys().toVector();
    endResetModel();
}

EntityId LinkModel::linkIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int LinkModel::rowOf(EntityId linkId) const
{
    return m_ids.indexOf(linkId);
}

QString LinkModel::monthText(int month) const
{
    const ModelSettings &s = m_document->project().settings;
    const int start = s.integer(SettingKey::StartMonth) - 1 + month;
    const int year = s.integer(SettingKey::StartYear) + start / 12;
    return QStringLiteral("%1-%2").arg(year).arg(start % 12 + 1, 2, 10, QLatin1Char('0'));
}

bool LinkModel::inEffect(const TelemedicineLink &link) const
{
    const Project &p = m_document->project();
    const EntityId scenario = m_scenario != 0 ? m_scenario : p.baselineScenarioId();
    return link.scenarioId == 0 || link.scenarioId == scenario;
}

int LinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_ids.size();
}

int LinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Project &p = m_document->project();
    const auto it = p.links.constFind(m_ids[index.row()]);
    if (it == p.links.cend())
        return {};
    const TelemedicineLink &l = *it;
    const QLocale locale;
    if (role == Qt::ForegroundRole && !inEffect(l))
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::TextAlignmentRole && index.column() >= From && index.column() <= Cost)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (!inEffect(l))
            return tr("Not in effect in the scenario shown");
        if (index.column() == Gain)
            return tr("Share of the township centre's gap to full capability the link closes, "
                      "for the service lines it serves");
        return {};
    }
    const bool edit = role == Qt::EditRole;
    const bool raw = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !edit && !raw)
        return {};
    switch (index.column()) {
    case Hub:
        if (edit)
            return l.hubFacilityId;
        return p.facilities.value(l.hubFacilityId).name;
    case Centre:
        if (edit)
            return l.centreFacilityId;
        return p.facilities.value(l.centreFacilityId).name;
    case Kind:
        if (edit || raw)
            return static_cast<int>(l.kind);
        return linkKindName(l.kind);
    case From:
        if (edit || raw)
            return l.startMonth;
        return monthText(l.startMonth);
    case To:
        // The last month in effect (the link runs for [start, end)).
        if (edit || raw)
            return l.endMonth - 1;
        return monthText(l.endMonth - 1);
    case Gain:
        if (edit || raw)
            return l.capabilityGain;
        return locale.toString(l.capabilityGain * 100, 'f', 1) + QLatin1Char('%');
    case Cost:
        if (edit || raw)
            return l.annualCostYuan;
        return locale.toString(l.annualCostYuan, 'f', 0);
    case Scenario:
        if (edit)
            return l.scenarioId;
        return l.scenarioId == 0 ? tr("All scenarios")
                                 : scenarioLabel(p.scenarios.value(l.scenarioId));
    default:
        return {};
    }
}

bool LinkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_ids.size())
        return false;
    const Project &p = m_document->project();
    const auto it = p.links.constFind(m_ids[index.row()]);
    if (it == p.links.cend())
        return false;
    TelemedicineLink l = *it;
    bool ok = true;
    switch (index.column()) {
    case Hub:
        l.hubFacilityId = value.toLongLong(&ok);
        break;
    case Centre:
        l.centreFacilityId = value.toLongLong(&ok);
        break;
    case Kind: {
        const int kind = value.toInt(&ok);
        if (!ok || kind < 0 || kind >= kLinkKindCount) {
            emit editRefused(tr("Unknown kind of telemedicine link."));
            return false;
        }
        // A link still at its kind's defaults takes the new kind's.
        const LinkKindDefaults &before = linkKindDefaults(l.kind);
        const LinkKindDefaults &after = linkKindDefaults(static_cast<LinkKind>(kind));
        if (l.capabilityGain == before.capabilityGain)
            l.capabilityGain = after.capabilityGain;
        if (l.annualCostYuan == before.annualCostYuan)
            l.annualCostYuan = after.annualCostYuan;
        l.kind = static_cast<LinkKind>(kind);
        break;
    }
    case From:
        l.startMonth = value.toInt(&ok);
        break;
    case To:
        l.endMonth = value.toInt(&ok) + 1;
        break;
    case Gain:
        l.capabilityGain = value.toDouble(&ok);
        break;
    case Cost:
        l.annualCostYuan = value.toDouble(&ok);
        break;
    case Scenario:
        l.scenarioId = value.toLongLong(&ok);
        break;
    default:
        return false;
    }
    if (!ok) {
        emit editRefused(tr("\"%1\" is not a valid value.").arg(value.toString()));
        return false;
    }
    if (l == *it)
        return true;
    const edit::EditResult result = edit::change(*m_document, l);
    if (!result) {
        emit editRefused(result.error);
        return false;
    }
    return true;
}

QVariant LinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Hub:
        return tr("County hospital");
    case Centre:
        return tr("Township centre");
    case Kind:
        return tr("Kind");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Gain:
        return tr("Capability gain");
    case Cost:
        return tr("Yearly cost (yuan)");
    case Scenario:
        return tr("Scenario");
    default:
        return {};
    }
}

Qt::ItemFlags LinkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace cc
