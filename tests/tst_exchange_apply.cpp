// Applying an import: one undo step takes back everything it added, new
// townships included; refused imports leave the document untouched.
#include "models/domain/projectdocument.h"
#include "models/exchange/csvimport.h"
#include "models/exchange/geojsonimport.h"
#include "tests/testproject.h"

#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace cc::exchange;

class TestExchangeApply : public QObject {
    Q_OBJECT
private slots:
    void importIsOneUndoStep();
    void boundaryImportReplacesBoundary();
    void problemsBlockUnlessAccepted();
    void fatalAndEmptyResultsAreRefused();
    void readOnlyDocumentIsRefused();
    void townshipIdsFollowTheDocument();
    void changedProjectIsRevalidated();
};

namespace {
ImportResult facilitiesFile(const Project &p)
{
    return importGeoJsonFile(QStringLiteral(COUNTYCARE_TEST_DATA "/exchange/facilities.geojson"),
                             Layer::Facilities, p);
}
} // namespace

void TestExchangeApply::importIsOneUndoStep()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    const Project before = doc.project();
    const ImportResult r = facilitiesFile(before);
    QVERIFY(r.canApply());
    QSignalSpy changed(&doc, &ProjectDocument::entityChanged);

    const ApplyResult applied = applyImport(doc, r);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.added, 3);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Import facilities"));
    QCOMPARE(doc.project().facilities.size(), before.facilities.size() + 3);
    QCOMPARE(doc.project().townships.size(), before.townships.size() + 1);
    QCOMPARE(changed.count(), 4); // one township, three facilities
    const Facility thc = doc.project().facilities.value(before.facilities.lastKey() + 2);
    QCOMPARE(thc.name, QStringLiteral("东岭镇卫生院"));
    QCOMPARE(doc.project().townships.value(thc.townshipId).name, QStringLiteral("东岭镇"));
    const Project after = doc.project();

    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.project(), after);
}

void TestExchangeApply::boundaryImportReplacesBoundary()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    const Project before = doc.project();
    const ImportResult r = importGeoJson(
        R"({"type":"Feature","properties":{"name":"新县","adcode":"350426"},"geometry":{"type":
        "Polygon","coordinates":[[[118,26],[118.5,26],[118.5,26.5],[118,26.5],[118,26]]]}})",
        Layer::Boundary, before);
    QSignalSpy boundary(&doc, &ProjectDocument::boundaryChanged);
    QVERIFY(applyImport(doc, r).ok);
    QCOMPARE(boundary.count(), 1);
    QCOMPARE(doc.project().boundary.name, QStringLiteral("新县"));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
}

void TestExchangeApply::problemsBlockUnlessAccepted()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    const Project before = doc.project();
    const CsvTable t = parseCsv("名称,人口,经度,纬度\n甲村,10,118.1,26.1\n乙村,10,118.1,95\n");
    ImportResult r = importCsv(t, suggestMapping(t.headers), Layer::Settlements, before);
    QCOMPARE(r.problems.size(), 1);
    ApplyResult applied = applyImport(doc, r);
    QVERIFY(!applied.ok);
    QVERIFY2(applied.error.contains(QStringLiteral("nothing was imported")),
             qPrintable(applied.error));
    QCOMPARE(doc.project(), before);
    QCOMPARE(doc.undoStack()->count(), 0);

    r.acceptValidRows = true; // the user ticked "import the valid rows"
    applied = applyImport(doc, r);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.added, 1);
    QCOMPARE(doc.project().settlements.size(), before.settlements.size() + 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.project(), before);
}

void TestExchangeApply::fatalAndEmptyResultsAreRefused()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    const Project before = doc.project();
    const ImportResult bad = importGeoJson("{", Layer::Facilities, before);
    QVERIFY(!applyImport(doc, bad).ok);
    ImportResult empty;
    QVERIFY(!applyImport(doc, empty).ok);
    QCOMPARE(doc.project(), before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestExchangeApply::readOnlyDocumentIsRefused()
{
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    doc.setReadOnly(true);
    const ApplyResult applied = applyImport(doc, facilitiesFile(doc.project()));
    QVERIFY(!applied.ok);
    QVERIFY(applied.error.contains(QStringLiteral("read-only")));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestExchangeApply::townshipIdsFollowTheDocument()
{
    // The file was read, then the user added a township before pressing Import:
    // the provisional township id is taken, and the import maps to the new one.
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    const ImportResult r = facilitiesFile(doc.project());
    QCOMPARE(r.newTownships.size(), 1);
    Project changed = doc.project();
    changed.townships.insert(r.newTownships[0].id,
                             Township{r.newTownships[0].id, QStringLiteral("后加镇"), QString()});
    doc.reset(changed, QString());
    QVERIFY(applyImport(doc, r).ok);
    const Facility &thc = doc.project().facilities.value(doc.project().facilities.lastKey() - 1);
    QCOMPARE(thc.name, QStringLiteral("东岭镇卫生院"));
    QCOMPARE(doc.project().townships.value(thc.townshipId).name, QStringLiteral("东岭镇"));
    QCOMPARE(doc.project().townships.size(), changed.townships.size() + 1);
}

void TestExchangeApply::changedProjectIsRevalidated()
{
    // Everything is validated again against the document at apply time: one item
    // whose township reference dangles refuses the whole import.
    ProjectDocument doc;
    doc.reset(test::smallProject(), QString());
    ImportResult r = facilitiesFile(doc.project());
    r.facilities[0].townshipId = 99; // no such township and not a new one
    const Project before = doc.project();
    const ApplyResult applied = applyImport(doc, r);
    QVERIFY(!applied.ok);
    QVERIFY2(applied.error.contains(QStringLiteral("township 99")), qPrintable(applied.error));
    QCOMPARE(doc.project(), before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestExchangeApply)
#include "tst_exchange_apply.moc"
