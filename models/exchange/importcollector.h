#pragma once

#include "models/exchange/coordinatetransform.h"
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
    bool failed() const { return !m_result.fatalError.isEmpty(); }

    // What the file says its coordinates are (a .prj, a layer's srs, a GeoJSON
    // "crs"): used when the options say Crs::Auto. A user's choice of degrees
    // (WGS 84, GCJ-02, BD-09) for a file that declares projected metres is
    // refused as a fatal error: one of the two is wrong, and guessing would
    // misplace every item. Call before the first position.
    void declareSourceCrs(const CoordinateTransform &declared);
    const CoordinateTransform &transform() const { return m_transform; }

    // A position of the file in WGS 84, or nullopt with the reason (translated):
    // degrees out of range or projected metres where degrees were expected, or a
    // point PROJ cannot transform.
    std::optional<LonLat> toWgs84(double x, double y, QString *why) const;

    // The id of the township called `name` (matched against Chinese and English
    // names), staging a new one when there is none; 0 for an empty name.
    EntityId townshipFor(const QString &name);
    // The township of a point item: by name when it has one, else by the id
    // (`township_id`, which must be a township of the target project); 0 for
    // neither. Throws nothing: an unknown id or a bad name gives -1 and sets `why`.
    EntityId townshipOf(const QString &name, const QString &idText, QString *why);

    // Attributes of a point item as text, the same for GeoJSON properties and
    // CSV cells; empty when absent.
    struct PointAttributes {
        QString name, nameEn, level, kind, beds, township, townshipId, inAlliance;
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
    Project m_staged; // target + staged townships, what items are validated against
    EntityId m_firstNewTownshipId = 0;
    CrsChoice m_choice;
    CoordinateTransform m_transform;
    ImportProblem::Where m_where = ImportProblem::Where::Feature;
    QHash<QString, EntityId> m_townshipByName;
    QVector<int> m_boundaryNumbers;
};

} // namespace cc::exchange
