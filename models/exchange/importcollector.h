#pragma once

#include "models/exchange/importresult.h"

#include <QHash>

namespace cc::exchange {

// Shared by the GeoJSON and CSV importers (not part of the public API): converts
// the datum, resolves township names, validates every item with
// models/domain/validation.h against the target project plus the townships the
// import creates, and files each item either as valid or as a problem.
class ImportCollector {
public:
    ImportCollector(const Project &target, Layer layer, const ImportOptions &options,
                    ImportProblem::Where where);

    // Records a problem for item `number` (feature or row).
    void problem(int number, const QString &reason);
    void fatal(const QString &reason);

    // Datum conversion from the file's CRS to WGS 84.
    LonLat toWgs84(const LonLat &p) const;

    // The id of the township called `name` (matched against Chinese and English
    // names), staging a new one when there is none; 0 for an empty name.
    EntityId townshipFor(const QString &name);

    // Attributes of a point item as text, the same for GeoJSON properties and
    // CSV cells; empty when absent.
    struct PointAttributes {
        QString name, nameEn, level, kind, beds, township, inAlliance;
        QString population, signedShare, urban;
    };
    // Parse the attributes, validate the item and keep it, or record why not.
    // `position` is already WGS 84 (see toWgs84).
    void addFacility(int number, const PointAttributes &a, const LonLat &position);
    void addSettlement(int number, const PointAttributes &a, const LonLat &position);
    void addRoad(int number, const Road &r);
    // Boundary features are merged into one boundary; validated in finish().
    void addBoundaryPart(int number, CountyBoundary part);

    ImportResult finish();

private:
    template <typename T> bool check(int number, const T &value);
    void forgetUnusedTownships();

    ImportResult m_result;
    Project m_staged;        // target + staged townships, what items are validated against
    BoundingBox m_countyBox; // of the target's boundary: points far outside are refused
    EntityId m_firstNewTownshipId = 0;
    Crs m_crs = Crs::Wgs84;
    ImportProblem::Where m_where = ImportProblem::Where::Feature;
    QHash<QString, EntityId> m_townshipByName;
    QVector<int> m_boundaryNumbers;
};

} // namespace cc::exchange
