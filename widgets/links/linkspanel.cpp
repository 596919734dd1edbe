#include "widgets/links/linkspanel.h"

#include "models/domain/projectdocument.h"
#include "models/edit/edits.h"
#include "widgets/links/linkeditors.h"
#include "widgets/links/linkmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc {

LinksPanel::LinksPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new LinkModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("linksPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_draw = new QPushButton(tr("Draw on &Map"), this);
    m_draw->setObjectName(QStringLiteral("draw"));
    m_draw->setToolTip(tr("Click a county hospital, then a township centre, on the map"));
    m_add = new QPushButton(tr("&Add..."), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setToolTip(tr("Add a link by choosing its hospital, centre and kind"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Delete the selected links"));
    m_delete->setEnabled(false);
    bar->addWidget(m_draw);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    bar->addSpacing(12);
    m_summary->setObjectName(QStringLiteral("summary"));
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_error->hide();
    layout->addWidget(m_error);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("linksTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new LinkDelegate(document, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LinkModel::Centre, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWhatsThis(
        tr("Telemedicine links from a county hospital to a township centre: remote "
           "consultation, shared imaging, laboratory or ECG centres. Each raises the centre's "
           "capability for the services it supports and costs a yearly amount. Double-click a "
           "cell to change it; every change can be undone."));
    layout->addWidget(m_view, 1);

    connect(m_draw, &QPushButton::clicked, this, &LinksPanel::drawRequested);
    connect(m_add, &QPushButton::clicked, this, &LinksPanel::addWithDialog);
    connect(m_delete, &QPushButton::clicked, this, &LinksPanel::deleteSelected);
    connect(m_model, &LinkModel::editRefused, this, &LinksPanel::showError);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_delete->setEnabled(m_view->selectionModel()->hasSelection() && !m_document->isReadOnly());
        emit linkSelected(selectedLink());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinksPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LinksPanel::updateSummary);
    // An edit that went through clears the last refusal.
    connect(document, &ProjectDocument::entityChanged, this, [this](EntityKind kind) {
        if (kind == EntityKind::TelemedicineLink)
            m_error->hide();
    });
    updateSummary();
}

void LinksPanel::setScenario(EntityId scenarioId)
{
    m_scenario = scenarioId;
    m_model->setScenario(scenarioId);
    updateSummary();
}

void LinksPanel::updateSummary()
{
    const Project &p = m_document->project();
    const EntityId scenario = m_scenario != 0 ? m_scenario : p.baselineScenarioId();
    int count = 0;
    double cost = 0;
    for (const TelemedicineLink &l : p.linksOf(scenario)) {
        ++count;
        cost += l.annualCostYuan;
    }
    m_summary->setText(tr("%n link(s) in the scenario shown, %1 yuan a year", nullptr, count)
                           .arg(QLocale().toString(cost, 'f', 0)));
}

void LinksPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text, 8000);
}

QString LinksPanel::errorText() const
{
    // isHidden: whether the message is shown when the panel is (not whether the
    // panel itself is on screen).
    return m_error->isHidden() ? QString() : m_error->text();
}

EntityId LinksPanel::selectedLink() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->linkIdAt(m_proxy->mapToSource(rows.front()).row());
}

void LinksPanel::showLink(EntityId linkId)
{
    const int row = m_model->rowOf(linkId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void LinksPanel::addWithDialog()
{
    LinkDialog dialog(m_document, m_scenario, this);
    if (dialog.exec() == QDialog::Accepted)
        showLink(dialog.addedId());
}

void LinksPanel::deleteSelected()
{
    QVector<EntityId> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->linkIdAt(m_proxy->mapToSource(index).row());
    if (ids.isEmpty())
        return;
    edit::MacroScope macro(*m_document, tr("Delete %n telemedicine link(s)", nullptr, ids.size()));
    for (EntityId id : ids) {
        const edit::EditResult result = edit::remove<TelemedicineLink>(*m_document, id);
        if (!result)
            showError(result.error);
    }
}

} // namespace cc
