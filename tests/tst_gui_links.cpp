// Telemedicine links edited as a user would: drawn on the map with the link
// tool (a county hospital, then a township centre), listed and edited in the
// links table, deleted; every change one undo step, refusals explained.
#include "models/domain/labels.h"
#include "models/domain/projectdocument.h"
#include "models/domain/validation.h"
#include "models/edit/edits.h"
#include "tests/mapwindow.h"
#include "tests/testproject.h"
#include "widgets/links/linkeditors.h"
#include "widgets/links/linkmodel.h"
#include "widgets/links/linkspanel.h"
#include "widgets/map/linktool.h"
#include "widgets/map/mapeditor.h"
#include "widgets/map/maplinks.h"
#include "widgets/map/mapscene.h"
#include "widgets/map/mapview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGraphicsPathItem>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cc;

namespace {
constexpr EntityId kHospital = 1, kCentre = 2, kClinic = 3, kCity = 4;
constexpr EntityId kBaseline = 1, kReform = 2;
} // namespace

class TestLinks : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_map.open(test::smallProject());
        QVERIFY(QTest::qWaitForWindowExposed(m_map.window));
        m_map.view->zoomToFit();
        m_links = new MapLinks(m_map.view, m_map.window);
        m_panel = new LinksPanel(m_map.doc);
    }
    void cleanup()
    {
        delete m_panel;
        m_map.close();
        m_links = nullptr;
    }

    void drawLinkOnTheMapUndoRedo_data()
    {
        QTest::addColumn<qlonglong>("shown");
        QTest::addColumn<qlonglong>("stored");
        // Drawn while the baseline is shown, a link serves every scenario (as
        // postings do); drawn in another scenario, only that one.
        QTest::newRow("baseline") << qlonglong(kBaseline) << qlonglong(0);
        QTest::newRow("reform") << qlonglong(kReform) << qlonglong(kReform);
    }
    void drawLinkOnTheMapUndoRedo()
    {
        QFETCH(qlonglong, shown);
        QFETCH(qlonglong, stored);
        ProjectDocument *doc = m_map.doc;
        LinkTool *tool = m_map.editor->linkTool();
        tool->setScenario(shown);
        m_links->setScenario(shown);
        m_panel->setScenario(shown);
        tool->setKind(LinkKind::Imaging);
        m_map.editor->drawLinkAction()->trigger();
        QCOMPARE(m_map.view->tool(), tool);
        QSignalSpy added(tool, &LinkTool::linkAdded);

        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, pixelOf(kHospital));
        QCOMPARE(tool->hub(), kHospital);
        QTest::mouseMove(m_map.view->viewport(), pixelOf(kCentre) + QPoint(20, 0));
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, pixelOf(kCentre));
        QCOMPARE(added.count(), 1);
        QCOMPARE(tool->hub(), EntityId(0));
        QCOMPARE(doc->project().links.size(), 1);
        const TelemedicineLink link = doc->project().links.first();
        QCOMPARE(link.hubFacilityId, kHospital);
        QCOMPARE(link.centreFacilityId, kCentre);
        QCOMPARE(link.kind, LinkKind::Imaging);
        QCOMPARE(link.capabilityGain, linkKindDefaults(LinkKind::Imaging).capabilityGain);
        QCOMPARE(link.annualCostYuan, linkKindDefaults(LinkKind::Imaging).annualCostYuan);
        QCOMPARE(link.scenarioId, EntityId(stored));
        QCOMPARE(link.startMonth, 0);
        QCOMPARE(doc->undoStack()->count(), 1);
        // On the map between the two places, and in the table.
        QGraphicsPathItem *line = m_links->item(link.id);
        QVERIFY(line);
        QVERIFY(line->path().pointAtPercent(0) == m_map.scene->facilityItem(kHospital)->pos());
        QVERIFY(line->path().pointAtPercent(1) == m_map.scene->facilityItem(kCentre)->pos());
        QCOMPARE(line->pen().color().rgb(), MapLinks::kindColor(LinkKind::Imaging).rgb());
        QVERIFY(line->toolTip().contains(m_map.doc->project().facilities.value(kCentre).name));
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(m_panel->selectedLink(), EntityId(0));

        // The map's legend names the kind drawn.
        const QVector<MapLegend::Section> legend = m_links->legendSections();
        QCOMPARE(legend.size(), 1);
        QCOMPARE(legend[0].items.size(), 1);
        QCOMPARE(legend[0].items[0].text, linkKindName(LinkKind::Imaging));
        QCOMPARE(legend[0].items[0].pen, MapLinks::kindPen(LinkKind::Imaging));

        QSignalSpy drawn(m_links, &MapLinks::drawnChanged);
        doc->undoStack()->undo();
        QVERIFY(!drawn.isEmpty());
        QVERIFY(m_links->legendSections().isEmpty());
        QVERIFY(doc->project().links.isEmpty());
        QVERIFY(!m_links->item(link.id));
        QCOMPARE(m_panel->model()->rowCount(), 0);
        doc->undoStack()->redo();
        QCOMPARE(doc->project().links.value(link.id), link);
        QVERIFY(m_links->item(link.id));
        QCOMPARE(m_panel->model()->rowCount(), 1);
    }

    void refusedClicksSayWhy()
    {
        LinkTool *tool = m_map.editor->linkTool();
        m_map.editor->drawLinkAction()->trigger();
        QSignalSpy messages(tool, &MapTool::message);
        // A village clinic is no hub.
        QTest::mouseClick(m_map.view->viewport(), Qt::LeftButton, {}, pixelOf(kClinic));
        QCOMPARE(tool->hub(), EntityId(0));
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("county hospital")));
        // A city hospital is no centre: the validation's message is shown.
        tool->pickHub(kHospital);
        QCOMPARE(tool->pickCentre(kCity), EntityId(0));
        TelemedicineLink wrong;
        wrong.hubFacilityId = kHospital;
        wrong.centreFacilityId = kCity;
        QCOMPARE(messages.last().at(0).toString(), validateEntity(wrong, m_map.doc->project()));
        QVERIFY(m_map.doc->project().links.isEmpty());
        QCOMPARE(m_map.doc->undoStack()->count(), 0);
        // Esc lets go of the hub.
        tool->pickHub(kHospital);
        QTest::keyClick(m_map.view, Qt::Key_Escape);
        QCOMPARE(tool->hub(), EntityId(0));
        // The same link twice would count twice: refused.
        tool->pickHub(kHospital);
        QVERIFY(tool->pickCentre(kCentre) != 0);
        tool->pickHub(kHospital);
        QCOMPARE(tool->pickCentre(kCentre), EntityId(0));
        QCOMPARE(m_map.doc->project().links.size(), 1);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("already")));
    }

    void tableEditsAreOneUndoStepEach()
    {
        ProjectDocument *doc = m_map.doc;
        QAbstractItemModelTester tester(m_panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->setScenario(kReform);
        m_links->setScenario(kReform);
        const EntityId id = addLink(LinkKind::Imaging, kReform);
        QAbstractItemModel *table = m_panel->view()->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, LinkModel::Kind).data().toString(),
                 linkKindName(LinkKind::Imaging));
        QCOMPARE(table->index(0, LinkModel::Hub).data().toString(),
                 doc->project().facilities.value(kHospital).name);
        const int steps = doc->undoStack()->count();

        // A new kind brings its defaults with it when the link had the old ones.
        QVERIFY(table->setData(table->index(0, LinkModel::Kind),
                               static_cast<int>(LinkKind::Consultation)));
        TelemedicineLink l = doc->project().links.value(id);
        QCOMPARE(l.kind, LinkKind::Consultation);
        QCOMPARE(l.capabilityGain, linkKindDefaults(LinkKind::Consultation).capabilityGain);
        QCOMPARE(l.annualCostYuan, linkKindDefaults(LinkKind::Consultation).annualCostYuan);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_links->item(id)->pen().style(), MapLinks::kindPen(LinkKind::Consultation));

        QVERIFY(table->setData(table->index(0, LinkModel::Cost), 45000.0));
        QVERIFY(table->setData(table->index(0, LinkModel::From), 6));
        QVERIFY(table->setData(table->index(0, LinkModel::To), 29)); // last month 29: end 30
        l = doc->project().links.value(id);
        QCOMPARE(l.annualCostYuan, 45000.0);
        QCOMPARE(l.startMonth, 6);
        QCOMPARE(l.endMonth, 30);
        QCOMPARE(table->index(0, LinkModel::From).data().toString(), QStringLiteral("2025-07"));
        QCOMPARE(doc->undoStack()->count(), steps + 4);

        // Refused: the validation's reason is shown, nothing changes.
        TelemedicineLink bad = l;
        bad.capabilityGain = 1.5;
        QVERIFY(!table->setData(table->index(0, LinkModel::Gain), 1.5));
        QCOMPARE(m_panel->errorText(), validateEntity(bad, doc->project()));
        QVERIFY(!m_panel->errorText().isEmpty());
        bad = l;
        bad.endMonth = 3;
        QVERIFY(!table->setData(table->index(0, LinkModel::To), 2));
        QCOMPARE(m_panel->errorText(), validateEntity(bad, doc->project()));
        QCOMPARE(doc->project().links.value(id), l);
        QCOMPARE(doc->undoStack()->count(), steps + 4);
        // The next edit that goes through clears the message.
        QVERIFY(table->setData(table->index(0, LinkModel::Gain), 0.1));
        QVERIFY(m_panel->errorText().isEmpty());

        // Another scenario's link leaves the map of this one.
        QVERIFY(table->setData(table->index(0, LinkModel::Scenario), qlonglong(kBaseline)));
        QVERIFY(!m_links->item(id));
        QCOMPARE(table->index(0, LinkModel::Scenario).data(Qt::ForegroundRole).isValid(), true);

        // Everything undoes back to the link as added.
        while (doc->undoStack()->index() > steps)
            doc->undoStack()->undo();
        QCOMPARE(doc->project().links.value(id).kind, LinkKind::Imaging);
        QVERIFY(m_links->item(id));
    }

    void delegateEditsThroughTheModel()
    {
        addLink(LinkKind::Laboratory, 0);
        QTableView *view = m_panel->view();
        QAbstractItemModel *table = view->model();
        QAbstractItemDelegate *delegate = view->itemDelegate();
        QStyleOptionViewItem option;
        // The kind from a combo box.
        const QModelIndex kind = table->index(0, LinkModel::Kind);
        std::unique_ptr<QWidget> editor(delegate->createEditor(view, option, kind));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), kLinkKindCount);
        delegate->setEditorData(combo, kind);
        QCOMPARE(combo->currentData().toInt(), static_cast<int>(LinkKind::Laboratory));
        combo->setCurrentIndex(combo->findData(static_cast<int>(LinkKind::Ecg)));
        delegate->setModelData(combo, table, kind);
        QCOMPARE(m_map.doc->project().links.first().kind, LinkKind::Ecg);
        // The first month as a year-month.
        const QModelIndex from = table->index(0, LinkModel::From);
        editor.reset(delegate->createEditor(view, option, from));
        auto *month = qobject_cast<QDateEdit *>(editor.get());
        QVERIFY(month);
        month->setDate(QDate(2026, 3, 1));
        delegate->setModelData(month, table, from);
        QCOMPARE(m_map.doc->project().links.first().startMonth, 14);
        // The gain in percent.
        const QModelIndex gain = table->index(0, LinkModel::Gain);
        editor.reset(delegate->createEditor(view, option, gain));
        auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
        QVERIFY(spin);
        spin->setValue(12.5);
        delegate->setModelData(spin, table, gain);
        QCOMPARE(m_map.doc->project().links.first().capabilityGain, 0.125);
    }

    void deleteFromTableAndMap()
    {
        ProjectDocument *doc = m_map.doc;
        const EntityId a = addLink(LinkKind::Imaging, 0);
        const EntityId b = addLink(LinkKind::Consultation, 0);
        const int steps = doc->undoStack()->count();
        m_panel->showLink(a);
        QCOMPARE(m_panel->selectedLink(), a);
        QSignalSpy selected(m_panel, &LinksPanel::linkSelected);
        m_panel->showLink(b);
        QCOMPARE(selected.last().at(0).value<EntityId>(), b);
        m_panel->view()->selectAll();
        m_panel->deleteSelected();
        QVERIFY(doc->project().links.isEmpty());
        QCOMPARE(doc->undoStack()->count(), steps + 1); // one step for both
        QCOMPARE(m_links->itemCount(), 0);
        doc->undoStack()->undo();
        QCOMPARE(doc->project().links.size(), 2);
        QCOMPARE(m_links->itemCount(), 2);
        // Links of different kinds between the same places bend apart.
        QVERIFY(m_links->item(a)->path().pointAtPercent(0.5) !=
                m_links->item(b)->path().pointAtPercent(0.5));
        // A link under the cursor is found on the map (for its context menu).
        const QPointF middle = m_links->item(a)->path().pointAtPercent(0.5);
        QCOMPARE(m_links->linkAt(middle), a);
        // Removing the hospital takes its links along, as one undo step.
        QVERIFY(edit::remove<Facility>(*doc, kHospital));
        QVERIFY(doc->project().links.isEmpty());
        QCOMPARE(m_links->itemCount(), 0);
        doc->undoStack()->undo();
        QCOMPARE(m_links->itemCount(), 2);
    }

    void mapFadesLinksOutsideTheirMonths()
    {
        TelemedicineLink l;
        l.hubFacilityId = kHospital;
        l.centreFacilityId = kCentre;
        l.kind = LinkKind::Ecg;
        l.startMonth = 12;
        l.endMonth = 24;
        const edit::EditResult r = edit::add(*m_map.doc, l);
        QVERIFY(r);
        m_links->setMonth(18);
        const int inEffect = m_links->item(r.id)->pen().color().alpha();
        m_links->setMonth(30);
        QVERIFY(m_links->item(r.id)->pen().color().alpha() < inEffect);
        QVERIFY(m_links->item(r.id)->toolTip().contains(QStringLiteral("2027-07")));
        m_links->setHighlighted(r.id);
        QCOMPARE(m_links->highlighted(), r.id);
    }

    void dialogAddsOrSaysWhyNot()
    {
        LinkDialog dialog(m_map.doc, kReform);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(LinkKind::Laboratory)));
        TelemedicineLink l = dialog.link();
        QCOMPARE(l.kind, LinkKind::Laboratory);
        QCOMPARE(l.capabilityGain, linkKindDefaults(LinkKind::Laboratory).capabilityGain);
        QCOMPARE(l.scenarioId, kReform);
        QCOMPARE(l.hubFacilityId, kHospital);
        QCOMPARE(l.centreFacilityId, kCentre);
        // The last month before the first: refused with the reason, dialog open.
        auto editors = dialog.findChildren<QDateEdit *>();
        QCOMPARE(editors.size(), 2);
        editors[0]->setDate(QDate(2027, 1, 1));
        editors[1]->setDate(QDate(2026, 1, 1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), validateEntity(dialog.link(), m_map.doc->project()));
        QVERIFY(m_map.doc->project().links.isEmpty());
        editors[1]->setDate(QDate(2028, 12, 1));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_map.doc->project().links.value(dialog.addedId()).endMonth, 48);
    }

private:
    QPoint pixelOf(EntityId facility) const
    {
        return m_map.view->mapFromScene(m_map.scene->facilityItem(facility)->pos());
    }
    EntityId addLink(LinkKind kind, EntityId scenario)
    {
        TelemedicineLink l;
        l.hubFacilityId = kHospital;
        l.centreFacilityId = kCentre;
        l.kind = kind;
        l.capabilityGain = linkKindDefaults(kind).capabilityGain;
        l.annualCostYuan = linkKindDefaults(kind).annualCostYuan;
        l.scenarioId = scenario;
        const edit::EditResult r = edit::add(*m_map.doc, l);
        return r ? r.id : 0;
    }

    test::MapWindow m_map;
    MapLinks *m_links = nullptr;
    LinksPanel *m_panel = nullptr;
};

QTEST_MAIN(TestLinks)
#include "tst_gui_links.moc"
