<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cc::AnalysisActions</name>
    <message>
        <source>&amp;Sensitivity...</source>
        <translation>&amp;Sensitivity...</translation>
    </message>
    <message>
        <source>Tornado chart: how much each key parameter moves an indicator when changed by 10%</source>
        <translation>Tornado chart: how much each key parameter moves an indicator when changed by 10%</translation>
    </message>
    <message>
        <source>&amp;Uncertainty...</source>
        <translation>&amp;Uncertainty...</translation>
    </message>
    <message>
        <source>Monte Carlo bands of the fund balance and the in-county rate, and the probability of a fund deficit</source>
        <translation>Monte Carlo bands of the fund balance and the in-county rate, and the probability of a fund deficit</translation>
    </message>
    <message>
        <source>&amp;Calibration...</source>
        <translation>&amp;Calibration...</translation>
    </message>
    <message>
        <source>Fit the model to the county&apos;s stated in-county rate, inpatient share, grassroots share and fund claims</source>
        <translation>Fit the model to the county&apos;s stated in-county rate, inpatient share, grassroots share and fund claims</translation>
    </message>
    <message>
        <source>&amp;Investment Planner...</source>
        <translation>&amp;Investment Planner...</translation>
    </message>
    <message>
        <source>Where to invest next: rank beds, equipment, links, postings, new sites and care centres by what they gain per 10,000 yuan, and propose a portfolio within a budget</source>
        <translation>Where to invest next: rank beds, equipment, links, postings, new sites and care centres by what they gain per 10,000 yuan, and propose a portfolio within a budget</translation>
    </message>
    <message>
        <source>Investment &amp;Catalogue...</source>
        <translation>Investment &amp;Catalogue...</translation>
    </message>
    <message>
        <source>What each kind of investment costs and does, with its source, and the golden hour of the care centres</source>
        <translation>What each kind of investment costs and does, with its source, and the golden hour of the care centres</translation>
    </message>
</context>
<context>
    <name>cc::Autosaver</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <source>CountyCare did not close normally. An automatic copy of &quot;%1&quot; holds changes that were not saved.</source>
        <translation>CountyCare did not close normally. An automatic copy of &quot;%1&quot; holds changes that were not saved.</translation>
    </message>
    <message>
        <source>Differences from the saved project:</source>
        <translation>Differences from the saved project:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Restore autosaved changes</source>
        <translation>Restore autosaved changes</translation>
    </message>
</context>
<context>
    <name>cc::BoundaryTool</name>
    <message>
        <source>Click the corners of the county, double-click to close the boundary.</source>
        <translation>Click the corners of the county, double-click to close the boundary.</translation>
    </message>
    <message>
        <source>Move boundary vertex</source>
        <translation>Move boundary vertex</translation>
    </message>
    <message>
        <source>A boundary ring needs at least three corners.</source>
        <translation>A boundary ring needs at least three corners.</translation>
    </message>
    <message>
        <source>Delete boundary vertex</source>
        <translation>Delete boundary vertex</translation>
    </message>
    <message>
        <source>Double-click on the boundary line to insert a corner.</source>
        <translation>Double-click on the boundary line to insert a corner.</translation>
    </message>
    <message>
        <source>Insert boundary vertex</source>
        <translation>Insert boundary vertex</translation>
    </message>
    <message>
        <source>A boundary needs at least three corners.</source>
        <translation>A boundary needs at least three corners.</translation>
    </message>
    <message>
        <source>Draw county boundary</source>
        <translation>Draw county boundary</translation>
    </message>
</context>
<context>
    <name>cc::Charts</name>
    <message>
        <source>The image size %1 x %2 at %3 dpi is out of range.</source>
        <translation>The image size %1 x %2 at %3 dpi is out of range.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The image size is out of range.</source>
        <translation>The image size is out of range.</translation>
    </message>
    <message>
        <source>Chart exported by CountyCare Planner</source>
        <translation>Chart exported by CountyCare Planner</translation>
    </message>
    <message>
        <source>The page size is out of range.</source>
        <translation>The page size is out of range.</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <translation>Village clinic</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>Township centre</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>County hospital</translation>
    </message>
    <message>
        <source>City (out of county)</source>
        <translation>City (out of county)</translation>
    </message>
    <message>
        <source>Province (out of county)</source>
        <translation>Province (out of county)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>Grassroots share</source>
        <translation>Grassroots share</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <translation>Fund balance</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>Months of reserve</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Retained surplus (alliance)</source>
        <translation>Retained surplus (alliance)</translation>
    </message>
    <message>
        <source>Year-end settlement</source>
        <translation>Year-end settlement</translation>
    </message>
    <message>
        <source>FTE needed (WISN)</source>
        <translation>FTE needed (WISN)</translation>
    </message>
    <message>
        <source>FTE posted</source>
        <translation>FTE posted</translation>
    </message>
    <message>
        <source>Target 90%</source>
        <translation>Target 90%</translation>
    </message>
    <message>
        <source>Grassroots target 55-65%</source>
        <translation>Grassroots target 55-65%</translation>
    </message>
    <message>
        <source>In-county treatment</source>
        <translation>In-county treatment</translation>
    </message>
    <message>
        <source>Insurance fund balance</source>
        <translation>Insurance fund balance</translation>
    </message>
    <message>
        <source>Fund revenue and payments</source>
        <translation>Fund revenue and payments</translation>
    </message>
    <message>
        <source>Alliance retained surplus and year-end settlements</source>
        <translation>Alliance retained surplus and year-end settlements</translation>
    </message>
    <message>
        <source>Episodes by level</source>
        <translation>Episodes by level</translation>
    </message>
    <message>
        <source>Staffing: need vs posted</source>
        <translation>Staffing: need vs posted</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>Township %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>Balance (yuan)</translation>
    </message>
    <message>
        <source>Yuan per month</source>
        <translation>Yuan per month</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Episodes per month</source>
        <translation>Episodes per month</translation>
    </message>
    <message>
        <source>Full-time equivalents</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <source>%1 vs %2 (dashed)</source>
        <translation>%1 vs %2 (dashed)</translation>
    </message>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>Could not write %1: the image could not be encoded.</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>Admissions per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>Average length of stay (days)</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>Avoided admissions</translation>
    </message>
    <message>
        <source>Referrals up</source>
        <translation>Referrals up</translation>
    </message>
    <message>
        <source>Referrals down</source>
        <translation>Referrals down</translation>
    </message>
    <message>
        <source>Care: admissions and referrals</source>
        <translation>Care: admissions and referrals</translation>
    </message>
    <message>
        <source>Per 1,000 residents a year</source>
        <translation>Per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Patients per month</source>
        <translation>Patients per month</translation>
    </message>
    <message>
        <source>In-county rate</source>
        <translation>In-county rate</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
</context>
<context>
    <name>cc::Cli</name>
    <message>
        <source>%1: file exists, use --force to overwrite it</source>
        <translation>%1: file exists, use --force to overwrite it</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: is a directory</translation>
    </message>
    <message>
        <source>%1: the generated project is invalid: %2</source>
        <translation>%1: the generated project is invalid: %2</translation>
    </message>
    <message>
        <source>Wrote the demo county %1 to %2: %3 residents, %4 settlements, %5 facilities, %6 staff, %7 scenarios.</source>
        <translation>Wrote the demo county %1 to %2: %3 residents, %4 settlements, %5 facilities, %6 staff, %7 scenarios.</translation>
    </message>
    <message>
        <source>Wrote an empty project to %1.</source>
        <translation>Wrote an empty project to %1.</translation>
    </message>
    <message>
        <source>%1 is being changed by %2; gave up after waiting %3 s. Try again when it is done, or pass --wait SECONDS.</source>
        <translation>%1 is being changed by %2; gave up after waiting %3 s. Try again when it is done, or pass --wait SECONDS.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>expected one FILE</translation>
    </message>
    <message>
        <source>no scenario named &quot;%1&quot;</source>
        <translation>no scenario named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the project has no scenario</source>
        <translation>the project has no scenario</translation>
    </message>
    <message>
        <source>no township named &quot;%1&quot;</source>
        <translation>no township named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 0 to 3600</source>
        <translation>--wait must be a number of seconds from 0 to 3600</translation>
    </message>
    <message>
        <source>nothing imported; %1 problem(s). Fix the file, or pass --accept-valid to import the %2 valid item(s).</source>
        <translation>nothing imported; %1 problem(s). Fix the file, or pass --accept-valid to import the %2 valid item(s).</translation>
    </message>
    <message>
        <source>nothing valid to import</source>
        <translation>nothing valid to import</translation>
    </message>
    <message>
        <source>expected FILE and --out PATH</source>
        <translation>expected FILE and --out PATH</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 240</source>
        <translation>--months must be a whole number from 1 to 240</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unknown command &apos;%1&apos; (try --help)</translation>
    </message>
</context>
<context>
    <name>cc::Exchange</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Hospital kind</source>
        <translation>Hospital kind</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Alliance member</source>
        <translation>Alliance member</translation>
    </message>
    <message>
        <source>Family-doctor signing share</source>
        <translation>Family-doctor signing share</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>No column is chosen for &quot;%1&quot;.</source>
        <translation>No column is chosen for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping names column %1, but the file has %2 columns.</source>
        <translation>The mapping names column %1, but the file has %2 columns.</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>the %1 is missing</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>The file has a header but no data rows.</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor %1 (GBK) text.</source>
        <translation>The file is neither UTF-8 nor %1 (GBK) text.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; try the GBK encoding.</source>
        <translation>The file is not valid UTF-8 text; try the GBK encoding.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>The file has more than %1 rows.</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>Row %1 has more than %2 columns.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is not closed before the end of the file.</source>
        <translation>Row %1: a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>The file has no header row.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>The file %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>the coordinates are not finite numbers</source>
        <translation>the coordinates are not finite numbers</translation>
    </message>
    <message>
        <source>(%1, %2) looks like projected metres, not degrees; convert the file to longitude/latitude first</source>
        <translation>(%1, %2) looks like projected metres, not degrees; convert the file to longitude/latitude first</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>latitude %1 is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>longitude %1 is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>expected a %1 geometry, got &quot;%2&quot;</source>
        <translation>expected a %1 geometry, got &quot;%2&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The file has more than %1 coordinates.</source>
        <translation>The file has more than %1 coordinates.</translation>
    </message>
    <message>
        <source>a position is not a [longitude, latitude] pair</source>
        <translation>a position is not a [longitude, latitude] pair</translation>
    </message>
    <message>
        <source>the coordinates are not numbers</source>
        <translation>the coordinates are not numbers</translation>
    </message>
    <message>
        <source>the coordinates are not an array</source>
        <translation>the coordinates are not an array</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 has %3 positions; a ring needs at least 4</source>
        <translation>polygon %1, ring %2 has %3 positions; a ring needs at least 4</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 is not closed (its last position differs from its first)</source>
        <translation>polygon %1, ring %2 is not closed (its last position differs from its first)</translation>
    </message>
    <message>
        <source>polygon %1 is empty</source>
        <translation>polygon %1 is empty</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>the geometry is empty</translation>
    </message>
    <message>
        <source>the road class is missing</source>
        <translation>the road class is missing</translation>
    </message>
    <message>
        <source>unknown road class &quot;%1&quot;</source>
        <translation>unknown road class &quot;%1&quot;</translation>
    </message>
    <message>
        <source>speed_kmh</source>
        <translation>speed_kmh</translation>
    </message>
    <message>
        <source>a line has %1 positions; it needs at least 2</source>
        <translation>a line has %1 positions; it needs at least 2</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>not a GeoJSON Feature</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>The file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection, Feature or array of Features.</source>
        <translation>The file is not a GeoJSON FeatureCollection, Feature or array of Features.</translation>
    </message>
    <message>
        <source>The file has more than %1 features.</source>
        <translation>The file has more than %1 features.</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>The file holds no features.</translation>
    </message>
    <message>
        <source>the township name is not acceptable (empty or longer than %1 characters)</source>
        <translation>the township name is not acceptable (empty or longer than %1 characters)</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number</source>
        <translation>%1 %2 is not a whole number</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not true or false</source>
        <translation>%1 &quot;%2&quot; is not true or false</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <source>the level is missing</source>
        <translation>the level is missing</translation>
    </message>
    <message>
        <source>unknown facility level &quot;%1&quot;</source>
        <translation>unknown facility level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown hospital kind &quot;%1&quot;</source>
        <translation>unknown hospital kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>beds</translation>
    </message>
    <message>
        <source>beds %1 is negative</source>
        <translation>beds %1 is negative</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>the population is missing</source>
        <translation>the population is missing</translation>
    </message>
    <message>
        <source>population %1 is negative</source>
        <translation>population %1 is negative</translation>
    </message>
    <message>
        <source>signed share</source>
        <translation>signed share</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The project changed while importing.</source>
        <translation>The project changed while importing.</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>feature %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <source>There is nothing valid to import.</source>
        <translation>There is nothing valid to import.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n item of the file has problems; nothing was imported.</numerusform>
            <numerusform>%n items of the file have problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>county boundary</source>
        <translation>county boundary</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>facilities</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>settlements</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>roads</translation>
    </message>
    <message>
        <source>The %1 cannot be exported as CSV; use GeoJSON.</source>
        <translation>The %1 cannot be exported as CSV; use GeoJSON.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent, DataV)</source>
        <translation>GCJ-02 (AMap, Tencent, DataV)</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09 (Baidu Maps)</translation>
    </message>
    <message>
        <source>The coordinate system &quot;%1&quot; is not one PROJ knows%2</source>
        <translation>The coordinate system &quot;%1&quot; is not one PROJ knows%2</translation>
    </message>
    <message>
        <source>PROJ cannot transform %1 to WGS 84%2</source>
        <translation>PROJ cannot transform %1 to WGS 84%2</translation>
    </message>
    <message>
        <source>Township id</source>
        <translation>Township id</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>Road class</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Speed (km/h)</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>Division code</translation>
    </message>
    <message>
        <source>A table without geometry (CSV, a spreadsheet) can hold facilities or settlements only; the %1 need lines or polygons from GeoJSON, a Shapefile, KML or a GeoPackage.</source>
        <translation>A table without geometry (CSV, a spreadsheet) can hold facilities or settlements only; the %1 need lines or polygons from GeoJSON, a Shapefile, KML or a GeoPackage.</translation>
    </message>
    <message>
        <source>The file&apos;s coordinate system %1 cannot be read; choose the coordinate system by hand.</source>
        <translation>The file&apos;s coordinate system %1 cannot be read; choose the coordinate system by hand.</translation>
    </message>
    <message>
        <source>The file says its coordinates are projected (%1), not degrees of %2; choose the file&apos;s coordinate system, or correct the file.</source>
        <translation>The file says its coordinates are projected (%1), not degrees of %2; choose the file&apos;s coordinate system, or correct the file.</translation>
    </message>
    <message>
        <source>(%1, %2) cannot be transformed from %3</source>
        <translation>(%1, %2) cannot be transformed from %3</translation>
    </message>
    <message>
        <source>(%1, %2) in %3 is not a place on Earth</source>
        <translation>(%1, %2) in %3 is not a place on Earth</translation>
    </message>
    <message>
        <source>township_id &quot;%1&quot; is not a whole number</source>
        <translation>township_id &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>the project has no township with id %1</source>
        <translation>the project has no township with id %1</translation>
    </message>
    <message>
        <source>GBK (GB18030)</source>
        <translation>GBK (GB18030)</translation>
    </message>
    <message>
        <source>The file has no layer or sheet named &quot;%1&quot;; it has: %2.</source>
        <translation>The file has no layer or sheet named &quot;%1&quot;; it has: %2.</translation>
    </message>
    <message>
        <source>The file holds no layers.</source>
        <translation>The file holds no layers.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a GIS file or spreadsheet%2</source>
        <translation>%1 cannot be read as a GIS file or spreadsheet%2</translation>
    </message>
    <message>
        <source>%1 cannot be read again</source>
        <translation>%1 cannot be read again</translation>
    </message>
    <message>
        <source>%1, as the file declares</source>
        <translation>%1, as the file declares</translation>
    </message>
    <message>
        <source>UTF-8, as the format requires</source>
        <translation>UTF-8, as the format requires</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1, as chosen</translation>
    </message>
    <message>
        <source>%1, detected (the file does not say)</source>
        <translation>%1, detected (the file does not say)</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation>%1, detected</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>a point</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>a line</translation>
    </message>
    <message>
        <source>a polygon</source>
        <translation>a polygon</translation>
    </message>
    <message>
        <source>expected %1, got a %2</source>
        <translation>expected %1, got a %2</translation>
    </message>
    <message>
        <source>a %1 of %2 points; one point per item is expected</source>
        <translation>a %1 of %2 points; one point per item is expected</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 has %3 distinct positions; a ring needs at least 3</source>
        <translation>polygon %1, ring %2 has %3 distinct positions; a ring needs at least 3</translation>
    </message>
    <message>
        <source>The layer&apos;s geometries and attributes do not match.</source>
        <translation>The layer&apos;s geometries and attributes do not match.</translation>
    </message>
    <message>
        <source>The layer holds no features.</source>
        <translation>The layer holds no features.</translation>
    </message>
    <message>
        <source>The file says its coordinates are longitude/latitude (%1), not metres of %2; choose the file&apos;s coordinate system, or correct the file.</source>
        <translation>The file says its coordinates are longitude/latitude (%1), not metres of %2; choose the file&apos;s coordinate system, or correct the file.</translation>
    </message>
    <message>
        <source>The file is UTF-32 text, which CountyCare does not read. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is UTF-32 text, which CountyCare does not read. Save it as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text but is not valid UTF-16.</source>
        <translation>The file looks like UTF-16 text but is not valid UTF-16.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (what Excel saves as &quot;Unicode Text&quot;), not %1. Choose automatic detection, or save it as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is UTF-16 text (what Excel saves as &quot;Unicode Text&quot;), not %1. Choose automatic detection, or save it as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>UTF-16 is an encoding of CSV files; choose another for this file.</source>
        <translation>UTF-16 is an encoding of CSV files; choose another for this file.</translation>
    </message>
</context>
<context>
    <name>cc::ExplainActions</name>
    <message>
        <source>Click to see how these numbers are computed</source>
        <translation>Click to see how these numbers are computed</translation>
    </message>
    <message>
        <source>The in-county treatment rate (县域就诊率) at the start and the end of the horizon and the fund&apos;s months of reserve. Click for the formula, the inputs and the parameters that moved them.</source>
        <translation>The in-county treatment rate (县域就诊率) at the start and the end of the horizon and the fund&apos;s months of reserve. Click for the formula, the inputs and the parameters that moved them.</translation>
    </message>
    <message>
        <source>E&amp;xplain a Number...</source>
        <translation>E&amp;xplain a Number...</translation>
    </message>
    <message>
        <source>Show how an indicator is computed: formula, inputs, changed parameters</source>
        <translation>Show how an indicator is computed: formula, inputs, changed parameters</translation>
    </message>
    <message>
        <source>Click a point to see how it is computed</source>
        <translation>Click a point to see how it is computed</translation>
    </message>
    <message>
        <source>There are no simulation results yet.</source>
        <translation>There are no simulation results yet.</translation>
    </message>
</context>
<context>
    <name>cc::ExplainDialog</name>
    <message>
        <source>How is this number made? – %1</source>
        <translation>How is this number made? – %1</translation>
    </message>
    <message>
        <source>Formula, inputs and the parameters that differ from the reference scenario</source>
        <translation>Formula, inputs and the parameters that differ from the reference scenario</translation>
    </message>
    <message>
        <source>The derivation of the indicator you clicked: the formula in words, the numbers it is computed from (taken from the simulation results of that month and scope) and the payment parameters that differ from the reference scenario, the ones acting directly on this indicator first.</source>
        <translation>The derivation of the indicator you clicked: the formula in words, the numbers it is computed from (taken from the simulation results of that month and scope) and the payment parameters that differ from the reference scenario, the ones acting directly on this indicator first.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the explanation to the clipboard</source>
        <translation>Copy the explanation to the clipboard</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>Township %1</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>What moved it</translation>
    </message>
    <message>
        <source>This is the reference scenario &quot;%1&quot;: no parameter differs. Select another scenario to see what it changes.</source>
        <translation>This is the reference scenario &quot;%1&quot;: no parameter differs. Select another scenario to see what it changes.</translation>
    </message>
    <message>
        <source>No payment parameter of this month differs from &quot;%1&quot;; the difference comes from postings or facilities.</source>
        <translation>No payment parameter of this month differs from &quot;%1&quot;; the difference comes from postings or facilities.</translation>
    </message>
    <message>
        <source>Parameters that differ from &quot;%1&quot; in this month, those acting directly on this indicator first, then by the size of the change:</source>
        <translation>Parameters that differ from &quot;%1&quot; in this month, those acting directly on this indicator first, then by the size of the change:</translation>
    </message>
    <message>
        <source>● acts directly on this indicator.</source>
        <translation>● acts directly on this indicator.</translation>
    </message>
    <message>
        <source>The reform&apos;s mechanisms</source>
        <translation>The reform&apos;s mechanisms</translation>
    </message>
    <message>
        <source>Each mechanism taken out of &quot;%1&quot; in turn, after the ones above it; the change it made to this number:</source>
        <translation>Each mechanism taken out of &quot;%1&quot; in turn, after the ones above it; the change it made to this number:</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>Without any of them: %1.</source>
        <translation>Without any of them: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2; the scenario&apos;s other changes (reimbursement, postings, growth of use) account for %3.</source>
        <translation>&quot;%1&quot; has %2; the scenario&apos;s other changes (reimbursement, postings, growth of use) account for %3.</translation>
    </message>
</context>
<context>
    <name>cc::FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Start an empty project</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Demo County</source>
        <translation>Open &amp;Demo County</translation>
    </message>
    <message>
        <source>Open the built-in demo county (Qingshan County)</source>
        <translation>Open the built-in demo county (Qingshan County)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Save &amp;As...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Save the project under a new name</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Discard unsaved changes and reload the file</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>&quot;%1&quot; has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in another CountyCare window (%2). Changes made in both would overwrite each other.

Open it read-only? You can still save a copy with Save As.</source>
        <translation>&quot;%1&quot; is open in another CountyCare window (%2). Changes made in both would overwrite each other.

Open it read-only? You can still save a copy with Save As.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from an older version; saving writes the new format)</source>
        <translation>Opened %1 (upgraded from an older version; saving writes the new format)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Demo county opened: save it to keep your changes</source>
        <translation>Demo county opened: save it to keep your changes</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Save As...</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Cannot save project</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard all unsaved changes to &quot;%1&quot;?</source>
        <translation>Discard all unsaved changes to &quot;%1&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n warning, the first: %1</numerusform>
            <numerusform>%n warnings, the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program since you opened it (%2). Saving now would overwrite those changes.</source>
        <translation>&quot;%1&quot; was changed by another program since you opened it (%2). Saving now would overwrite those changes.</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your unsaved changes are lost.
Save As: keep both, your version under another name.
Overwrite: replace the file with your version; the other changes are lost.</source>
        <translation>Reload: open the file as it is now; your unsaved changes are lost.
Save As: keep both, your version under another name.
Overwrite: replace the file with your version; the other changes are lost.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in %2. Save under another name, or close it there first.</source>
        <translation>&quot;%1&quot; is open in %2. Save under another name, or close it there first.</translation>
    </message>
    <message>
        <source>CountyCare projects (*.ccplan *.gpkg);;CountyCare projects as GeoPackage (*.gpkg);;All files (*)</source>
        <translation>CountyCare projects (*.ccplan *.gpkg);;CountyCare projects as GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Open a project file (.ccplan or .gpkg)</source>
        <translation>Open a project file (.ccplan or .gpkg)</translation>
    </message>
</context>
<context>
    <name>cc::FirstHour</name>
    <message>
        <source>&amp;Glossary of the Reform</source>
        <translation>&amp;Glossary of the Reform</translation>
    </message>
    <message>
        <source>What 县域就诊率, 结余留用, 县招乡用 and the other terms mean and how the planner models them</source>
        <translation>What 县域就诊率, 结余留用, 县招乡用 and the other terms mean and how the planner models them</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>Guided &amp;Tour</translation>
    </message>
    <message>
        <source>A short tour of the main window</source>
        <translation>A short tour of the main window</translation>
    </message>
    <message>
        <source>&amp;Start Page...</source>
        <translation>&amp;Start Page...</translation>
    </message>
    <message>
        <source>New project, open a file or the demo county</source>
        <translation>New project, open a file or the demo county</translation>
    </message>
    <message>
        <source>Focus Next &amp;Panel</source>
        <translation>Focus Next &amp;Panel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next dock (the map, policy, charts...)</source>
        <translation>Move the keyboard focus to the next dock (the map, policy, charts...)</translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;nel</source>
        <translation>Focus Previous Pa&amp;nel</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous dock</source>
        <translation>Move the keyboard focus to the previous dock</translation>
    </message>
    <message>
        <source>The county map: settlements, facilities, roads and township boundaries. Choose a tool in the Map Tools bar to add or move them; select one to edit it in the Properties dock.</source>
        <translation>The county map: settlements, facilities, roads and township boundaries. Choose a tool in the Map Tools bar to add or move them; select one to edit it in the Properties dock.</translation>
    </message>
    <message>
        <source>Welcome to CountyCare Planner</source>
        <translation>Welcome to CountyCare Planner</translation>
    </message>
    <message>
        <source>This tour shows the main window in seven steps. Use Next (Enter), Back, or Skip (Esc); Help &gt; Guided Tour shows it again.</source>
        <translation>This tour shows the main window in seven steps. Use Next (Enter), Back, or Skip (Esc); Help &gt; Guided Tour shows it again.</translation>
    </message>
    <message>
        <source>The county map</source>
        <translation>The county map</translation>
    </message>
    <message>
        <source>Villages, clinics, township health centres, county hospitals and roads. Drag to pan, scroll to zoom; select a place to edit it in the Properties dock.</source>
        <translation>Villages, clinics, township health centres, county hospitals and roads. Drag to pan, scroll to zoom; select a place to edit it in the Properties dock.</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>Map tools</translation>
    </message>
    <message>
        <source>Add settlements and facilities, draw roads and township boundaries. Every edit can be undone (Ctrl+Z).</source>
        <translation>Add settlements and facilities, draw roads and township boundaries. Every edit can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Payment policy</source>
        <translation>Payment policy</translation>
    </message>
    <message>
        <source>Reimbursement ratios and deductibles by level, global budget with surplus retention (结余留用) and overrun sharing (超支分担), DRG points and capitation, per scenario and from any month.</source>
        <translation>Reimbursement ratios and deductibles by level, global budget with surplus retention (结余留用) and overrun sharing (超支分担), DRG points and capitation, per scenario and from any month.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Every change is simulated month by month: in-county treatment, the insurance fund, episodes by level and staffing. Click a point to see how it is computed.</source>
        <translation>Every change is simulated month by month: in-county treatment, the insurance fund, episodes by level and staffing. Click a point to see how it is computed.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>The in-county treatment rate (县域就诊率) at the start and end of the horizon and the fund&apos;s months of reserve. Click them for their derivation.</source>
        <translation>The in-county treatment rate (县域就诊率) at the start and end of the horizon and the fund&apos;s months of reserve. Click them for their derivation.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshop mode</translation>
    </message>
    <message>
        <source>F11 presents the plan to a room: full screen, big levers, Play through the months and Before/After. The Help menu has the glossary of the reform&apos;s terms (F1).</source>
        <translation>F11 presents the plan to a room: full screen, big levers, Play through the months and Before/After. The Help menu has the glossary of the reform&apos;s terms (F1).</translation>
    </message>
    <message>
        <source>&amp;Model Notes</source>
        <translation>&amp;Model Notes</translation>
    </message>
    <message>
        <source>How the model computes choice, capacity, the fund and the budget; every parameter with its source; what the model leaves out</source>
        <translation>How the model computes choice, capacity, the fund and the budget; every parameter with its source; what the model leaves out</translation>
    </message>
</context>
<context>
    <name>cc::Glossary</name>
    <message>
        <source>Tight county health alliance</source>
        <translation>Tight county health alliance</translation>
    </message>
    <message>
        <source>The county hospitals, township health centres and village clinics of a county run as one organisation: one management, one staff pool, one budget and shared services, so that common illnesses are treated near home and serious ones within the county.</source>
        <translation>The county hospitals, township health centres and village clinics of a county run as one organisation: one management, one staff pool, one budget and shared services, so that common illnesses are treated near home and serious ones within the county.</translation>
    </message>
    <message>
        <source>The project is one alliance: its facilities, staff, postings and payment policy. Every scenario is simulated month by month for the whole county.</source>
        <translation>The project is one alliance: its facilities, staff, postings and payment policy. Every scenario is simulated month by month for the whole county.</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>The share of the residents&apos; outpatient visits and admissions that take place inside the county. The national target for tight alliances is about 90%.</source>
        <translation>The share of the residents&apos; outpatient visits and admissions that take place inside the county. The national target for tight alliances is about 90%.</translation>
    </message>
    <message>
        <source>In-county (village clinic, township health centre and county hospital) episodes divided by all episodes, each month, for the county and each township; also as a 12-month rolling value. Click the value in the status bar to see its inputs.</source>
        <translation>In-county (village clinic, township health centre and county hospital) episodes divided by all episodes, each month, for the county and each township; also as a 12-month rolling value. Click the value in the status bar to see its inputs.</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>The share of the residents&apos; hospital admissions that take place inside the county.</source>
        <translation>The share of the residents&apos; hospital admissions that take place inside the county.</translation>
    </message>
    <message>
        <source>In-county admissions divided by all admissions of the month. Out-of-county admissions are those at city and provincial hospitals.</source>
        <translation>In-county admissions divided by all admissions of the month. Out-of-county admissions are those at city and provincial hospitals.</translation>
    </message>
    <message>
        <source>Grassroots share of visits</source>
        <translation>Grassroots share of visits</translation>
    </message>
    <message>
        <source>The share of the county&apos;s outpatient visits made at village clinics and township health centres; a sign that primary care holds. Guidance aims at about 65%.</source>
        <translation>The share of the county&apos;s outpatient visits made at village clinics and township health centres; a sign that primary care holds. Guidance aims at about 65%.</translation>
    </message>
    <message>
        <source>Village clinic and township health centre outpatient visits divided by all in-county outpatient visits; the charts show a 55-65% target band.</source>
        <translation>Village clinic and township health centre outpatient visits divided by all in-county outpatient visits; the charts show a 55-65% target band.</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>Global budget</translation>
    </message>
    <message>
        <source>The insurance fund pays the alliance a budget for all care of the county&apos;s residents for the year instead of paying each claim; the alliance then pays for its residents&apos; care wherever they are treated.</source>
        <translation>The insurance fund pays the alliance a budget for all care of the county&apos;s residents for the year instead of paying each claim; the alliance then pays for its residents&apos; care wherever they are treated.</translation>
    </message>
    <message>
        <source>Surplus retention</source>
        <translation>Surplus retention</translation>
    </message>
    <message>
        <source>When the alliance spends less than its global budget, it keeps part of the surplus to reward keeping people healthy and treated near home.</source>
        <translation>When the alliance spends less than its global budget, it keeps part of the surplus to reward keeping people healthy and treated near home.</translation>
    </message>
    <message>
        <source>At the year end the alliance keeps retention x surplus (default 100%), the fund the rest. The lever &quot;Surplus retained by the alliance&quot; sets it.</source>
        <translation>At the year end the alliance keeps retention x surplus (default 100%), the fund the rest. The lever &quot;Surplus retained by the alliance&quot; sets it.</translation>
    </message>
    <message>
        <source>Overrun sharing</source>
        <translation>Overrun sharing</translation>
    </message>
    <message>
        <source>When the alliance spends more than its global budget, the fund covers part of the overrun within a band and the alliance bears the rest.</source>
        <translation>When the alliance spends more than its global budget, the fund covers part of the overrun within a band and the alliance bears the rest.</translation>
    </message>
    <message>
        <source>The fund covers share x overrun up to a band of the budget (defaults 50% and 10%); the alliance&apos;s loss shows as a negative retained surplus.</source>
        <translation>The fund covers share x overrun up to a band of the budget (defaults 50% and 10%); the alliance&apos;s loss shows as a negative retained surplus.</translation>
    </message>
    <message>
        <source>County-recruited, township-used</source>
        <translation>County-recruited, township-used</translation>
    </message>
    <message>
        <source>Doctors are hired by the alliance (the county) and posted to township health centres and village clinics for months or days a week, so that the grassroots gets skills it cannot recruit itself.</source>
        <translation>Doctors are hired by the alliance (the county) and posted to township health centres and village clinics for months or days a week, so that the grassroots gets skills it cannot recruit itself.</translation>
    </message>
    <message>
        <source>A posting puts a staff member at a facility for a span of months at an FTE fraction. It raises the facility&apos;s capability for the service lines that staff member treats, and so its share of the residents&apos; choices.</source>
        <translation>A posting puts a staff member at a facility for a span of months at an FTE fraction. It raises the facility&apos;s capability for the service lines that staff member treats, and so its share of the residents&apos; choices.</translation>
    </message>
    <message>
        <source>DRG point method</source>
        <translation>DRG point method</translation>
    </message>
    <message>
        <source>Hospital admissions are paid by diagnosis-related group: each case earns points by the group&apos;s relative weight, and the value of a point is the year&apos;s budget divided by all points earned in the region, so hospitals compete within a fixed total.</source>
        <translation>Hospital admissions are paid by diagnosis-related group: each case earns points by the group&apos;s relative weight, and the value of a point is the year&apos;s budget divided by all points earned in the region, so hospitals compete within a fixed total.</translation>
    </message>
    <message>
        <source>Points = 100 x relative weight x hospital coefficient (lower for township centres); the point value floats with the year&apos;s DRG budget or is fixed in yuan.</source>
        <translation>Points = 100 x relative weight x hospital coefficient (lower for township centres); the point value floats with the year&apos;s DRG budget or is fixed in yuan.</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>Capitation</translation>
    </message>
    <message>
        <source>The fund pays a fixed amount per signed resident and year for their outpatient care, whatever the number of visits, which rewards prevention and keeping visits at the grassroots.</source>
        <translation>The fund pays a fixed amount per signed resident and year for their outpatient care, whatever the number of visits, which rewards prevention and keeping visits at the grassroots.</translation>
    </message>
    <message>
        <source>Yuan per signed resident and year, replacing fee-for-service for the signed residents&apos; outpatient care; in workshop mode the capitation lever at 0 turns it off.</source>
        <translation>Yuan per signed resident and year, replacing fee-for-service for the signed residents&apos; outpatient care; in workshop mode the capitation lever at 0 turns it off.</translation>
    </message>
    <message>
        <source>Family-doctor signing</source>
        <translation>Family-doctor signing</translation>
    </message>
    <message>
        <source>Residents sign a contract with a family-doctor team at their village clinic or township health centre for basic care, follow-up of chronic illness and referral.</source>
        <translation>Residents sign a contract with a family-doctor team at their village clinic or township health centre for basic care, follow-up of chronic illness and referral.</translation>
    </message>
    <message>
        <source>The signed share of residents ramps up to a target over some months; signed residents prefer their home facility (a term of the choice model).</source>
        <translation>The signed share of residents ramps up to a target over some months; signed residents prefer their home facility (a term of the choice model).</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>The part of an episode&apos;s cost the patient pays before insurance starts to reimburse; lower at the grassroots and higher at city and provincial hospitals.</source>
        <translation>The part of an episode&apos;s cost the patient pays before insurance starts to reimburse; lower at the grassroots and higher at city and provincial hospitals.</translation>
    </message>
    <message>
        <source>A deductible per level for outpatient and inpatient care; out-of-pocket = cost - max(0, cost - deductible) x ratio x in-scope share.</source>
        <translation>A deductible per level for outpatient and inpatient care; out-of-pocket = cost - max(0, cost - deductible) x ratio x in-scope share.</translation>
    </message>
    <message>
        <source>Reimbursement ratio</source>
        <translation>Reimbursement ratio</translation>
    </message>
    <message>
        <source>The share of the in-scope cost above the deductible that insurance pays. A higher ratio at township centres than at county and outside hospitals steers patients to the grassroots.</source>
        <translation>The share of the in-scope cost above the deductible that insurance pays. A higher ratio at township centres than at county and outside hospitals steers patients to the grassroots.</translation>
    </message>
    <message>
        <source>A ratio per level for outpatient and inpatient care; out-of-county care without referral loses extra points. Residents choose among facilities by travel time, capability, out-of-pocket cost and waiting (a logit choice model).</source>
        <translation>A ratio per level for outpatient and inpatient care; out-of-county care without referral loses extra points. Residents choose among facilities by travel time, capability, out-of-pocket cost and waiting (a logit choice model).</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>Months of reserve</translation>
    </message>
    <message>
        <source>How many months the resident insurance fund could pay with its balance; a healthy fund holds about 6 to 9 months.</source>
        <translation>How many months the resident insurance fund could pay with its balance; a healthy fund holds about 6 to 9 months.</translation>
    </message>
    <message>
        <source>Closing balance divided by the mean monthly outflow (payments and settlements) over the last 12 months.</source>
        <translation>Closing balance divided by the mean monthly outflow (payments and settlements) over the last 12 months.</translation>
    </message>
    <message>
        <source>From the month it is switched on, the year&apos;s budget is last year&apos;s spending on the alliance&apos;s residents x (1 + growth coefficient), or a share of revenue after the critical-illness and reserve shares; it is prepaid monthly (85% by default) with a turnover fund and settled at the year end. The high-cost part of admissions is paid outside it.</source>
        <translation>From the month it is switched on, the year&apos;s budget is last year&apos;s spending on the alliance&apos;s residents x (1 + growth coefficient), or a share of revenue after the critical-illness and reserve shares; it is prepaid monthly (85% by default) with a turnover fund and settled at the year end. The high-cost part of admissions is paid outside it.</translation>
    </message>
</context>
<context>
    <name>cc::GlossaryDialog</name>
    <message>
        <source>Glossary of the Reform</source>
        <translation>Glossary of the Reform</translation>
    </message>
    <message>
        <source>Filter terms...</source>
        <translation>Filter terms...</translation>
    </message>
    <message>
        <source>Type part of a term, in Chinese or in the interface language</source>
        <translation>Type part of a term, in Chinese or in the interface language</translation>
    </message>
    <message>
        <source>What the term means and how the planner models it</source>
        <translation>What the term means and how the planner models it</translation>
    </message>
    <message>
        <source>In the planner</source>
        <translation>In the planner</translation>
    </message>
    <message>
        <source>The terms of the reform, then how the model works</source>
        <translation>The terms of the reform, then how the model works</translation>
    </message>
    <message>
        <source>Terms of the reform</source>
        <translation>Terms of the reform</translation>
    </message>
    <message>
        <source>How the model works</source>
        <translation>How the model works</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
</context>
<context>
    <name>cc::GuidedTour</name>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>&amp;Skip Tour</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help &gt; Guided Tour shows it again</source>
        <translation>End the tour (Esc); Help &gt; Guided Tour shows it again</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>Next step (Enter)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
</context>
<context>
    <name>cc::ImportActions</name>
    <message>
        <source>&amp;Boundary...</source>
        <translation>&amp;Boundary...</translation>
    </message>
    <message>
        <source>&amp;Facilities...</source>
        <translation>&amp;Facilities...</translation>
    </message>
    <message>
        <source>&amp;Settlements...</source>
        <translation>&amp;Settlements...</translation>
    </message>
    <message>
        <source>&amp;Roads...</source>
        <translation>&amp;Roads...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Export &amp;Layer</source>
        <translation>Export &amp;Layer</translation>
    </message>
    <message>
        <source>%1 as GeoJSON...</source>
        <translation>%1 as GeoJSON...</translation>
    </message>
    <message>
        <source>%1 as CSV...</source>
        <translation>%1 as CSV...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The project is open read-only; nothing can be imported.</source>
        <translation>The project is open read-only; nothing can be imported.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1 from %2; Undo removes them again.</source>
        <translation>
            <numerusform>Imported %n item into %1 from %2; Undo removes it again.</numerusform>
            <numerusform>Imported %n items into %1 from %2; Undo removes them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>Wrote %n item to %1</numerusform>
            <numerusform>Wrote %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 from a Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</source>
        <translation>Add %1 from a Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</translation>
    </message>
    <message>
        <source>Export &amp;Data (Excel)...</source>
        <translation>Export &amp;Data (Excel)...</translation>
    </message>
    <message>
        <source>Write an Excel workbook: monthly indicators of every scenario, the comparison, parameters with their sources, staff and postings</source>
        <translation>Write an Excel workbook: monthly indicators of every scenario, the comparison, parameters with their sources, staff and postings</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Export Data</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n sheet(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n sheet)</numerusform>
            <numerusform>Wrote %1 (%n sheets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ImportDialog</name>
    <message>
        <source>Import Map Data</source>
        <translation>Import Map Data</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Boundary (polygons)</source>
        <translation>Boundary (polygons)</translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation>Facilities (points)</translation>
    </message>
    <message>
        <source>Settlements (points)</source>
        <translation>Settlements (points)</translation>
    </message>
    <message>
        <source>Roads (lines)</source>
        <translation>Roads (lines)</translation>
    </message>
    <message>
        <source>WGS 84 (GPS, OpenStreetMap, survey data)</source>
        <translation>WGS 84 (GPS, OpenStreetMap, survey data)</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent, DataV downloads)</source>
        <translation>GCJ-02 (AMap/Gaode, Tencent, DataV downloads)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordinates:</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>The first rows of the file as read</source>
        <translation>The first rows of the file as read</translation>
    </message>
    <message>
        <source>Preview (first rows):</source>
        <translation>Preview (first rows):</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import everything; offered when the file has no problems</source>
        <translation>Import everything; offered when the file has no problems</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <source>Leave out the rows listed above and import the rest</source>
        <translation>Leave out the rows listed above and import the rest</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.tsv *.txt)</source>
        <translation>CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>The file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choose a file to import.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Nothing can be imported from this file.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready to import, no problems.</source>
        <translation>
            <numerusform>%n item ready to import, no problems.</numerusform>
            <numerusform>%n items ready to import, no problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 would be left out. Fix the file, or import the valid ones only.</source>
        <translation>%1 can be imported; %2 would be left out. Fix the file, or import the valid ones only.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem row(s)</source>
        <translation>
            <numerusform>%n problem row</numerusform>
            <numerusform>%n problem rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new township(s) will be added.</source>
        <translation>
            <numerusform>%n new township will be added.</numerusform>
            <numerusform>%n new townships will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid row(s)</source>
        <translation>
            <numerusform>Import the %n valid row</numerusform>
            <numerusform>Import the %n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid feature(s)</source>
        <translation>
            <numerusform>Import the %n valid feature</numerusform>
            <numerusform>Import the %n valid features</numerusform>
        </translation>
    </message>
    <message>
        <source>A Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</source>
        <translation>A Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</translation>
    </message>
    <message>
        <source>Layer or &amp;sheet in the file:</source>
        <translation>Layer or &amp;sheet in the file:</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>As the file says</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09 (Baidu Maps)</translation>
    </message>
    <message>
        <source>CGCS2000 longitude/latitude (EPSG:4490)</source>
        <translation>CGCS2000 longitude/latitude (EPSG:4490)</translation>
    </message>
    <message>
        <source>Other EPSG code (Gauss-Krüger zone, UTM, ...)</source>
        <translation>Other EPSG code (Gauss-Krüger zone, UTM, ...)</translation>
    </message>
    <message>
        <source>EPSG code</source>
        <translation>EPSG code</translation>
    </message>
    <message>
        <source>CGCS2000 3-degree Gauss-Krüger zones are EPSG:4534-4554 (central meridian in the name) and 4513-4533 (zone number in front of the easting)</source>
        <translation>CGCS2000 3-degree Gauss-Krüger zones are EPSG:4534-4554 (central meridian in the name) and 4513-4533 (zone number in front of the easting)</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Excel and GIS software)</source>
        <translation>GBK / GB18030 (Chinese Excel and GIS software)</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>&amp;Import into:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Map preview</source>
        <translation>Map preview</translation>
    </message>
    <message>
        <source>Map data and spreadsheets (*.shp *.dbf *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json *.xlsx *.ods *.csv *.tsv *.txt)</source>
        <translation>Map data and spreadsheets (*.shp *.dbf *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json *.xlsx *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Map data (*.shp *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json)</source>
        <translation>Map data (*.shp *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp *.dbf)</source>
        <translation>Shapefile (*.shp *.dbf)</translation>
    </message>
    <message>
        <source>KML (*.kml *.kmz)</source>
        <translation>KML (*.kml *.kmz)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>MapInfo (*.tab *.mif)</source>
        <translation>MapInfo (*.tab *.mif)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>Format: GeoJSON</source>
        <translation>Format: GeoJSON</translation>
    </message>
    <message>
        <source>Coordinates: WGS 84 (RFC 7946), unless the file has a &quot;crs&quot; member</source>
        <translation>Coordinates: WGS 84 (RFC 7946), unless the file has a &quot;crs&quot; member</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Layer: %1</translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translation>Coordinates: %1</translation>
    </message>
    <message>
        <source>Coordinates: not declared (read as WGS 84 unless you choose)</source>
        <translation>Coordinates: not declared (read as WGS 84 unless you choose)</translation>
    </message>
    <message>
        <source>Coordinates: from longitude/latitude columns</source>
        <translation>Coordinates: from longitude/latitude columns</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n data row</numerusform>
            <numerusform>%n data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message>
        <source>As the file says: %1</source>
        <translation>As the file says: %1</translation>
    </message>
    <message>
        <source>As the file says (WGS 84 when it says nothing)</source>
        <translation>As the file says (WGS 84 when it says nothing)</translation>
    </message>
    <message>
        <source>Columns (GeoJSON properties are read by name)</source>
        <translation>Columns (GeoJSON properties are read by name)</translation>
    </message>
    <message>
        <source>Web map data (AMap, Tencent, Baidu) is GCJ-02 or BD-09 while its files say WGS 84: choose it here.</source>
        <translation>Web map data (AMap, Tencent, Baidu) is GCJ-02 or BD-09 while its files say WGS 84: choose it here.</translation>
    </message>
    <message>
        <source>GCJ-02 and BD-09 are shifted a few hundred metres from GPS. Everything is converted to WGS 84 on import.</source>
        <translation>GCJ-02 and BD-09 are shifted a few hundred metres from GPS. Everything is converted to WGS 84 on import.</translation>
    </message>
    <message>
        <source>As the file says, else detected (UTF-8, UTF-16, else GBK)</source>
        <translation>As the file says, else detected (UTF-8, UTF-16, else GBK)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel &quot;Unicode Text&quot;, CSV only)</source>
        <translation>UTF-16 (Excel &quot;Unicode Text&quot;, CSV only)</translation>
    </message>
</context>
<context>
    <name>cc::ImportPreviewMap</name>
    <message>
        <source>Map preview of the import</source>
        <translation>Map preview of the import</translation>
    </message>
    <message>
        <source>Grey: what the project has. Coloured: what the import would add.</source>
        <translation>Grey: what the project has. Coloured: what the import would add.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to import</source>
        <translation>
            <numerusform>%n item to import</numerusform>
            <numerusform>%n items to import</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nothing to import</translation>
    </message>
</context>
<context>
    <name>cc::IndicatorColumns</name>
    <message>
        <source>Month index</source>
        <translation>Month index</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>Grassroots share of outpatient visits</source>
        <translation>Grassroots share of outpatient visits</translation>
    </message>
    <message>
        <source>Share of fund spent in the county</source>
        <translation>Share of fund spent in the county</translation>
    </message>
    <message>
        <source>Fund revenue</source>
        <translation>Fund revenue</translation>
    </message>
    <message>
        <source>Fund payments</source>
        <translation>Fund payments</translation>
    </message>
    <message>
        <source>Year-end settlements</source>
        <translation>Year-end settlements</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <translation>Fund balance</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>Months of reserve</translation>
    </message>
    <message>
        <source>Retained surplus (alliance)</source>
        <translation>Retained surplus (alliance)</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident</source>
        <translation>Out-of-pocket per resident</translation>
    </message>
    <message>
        <source>Fund opening balance</source>
        <translation>Fund opening balance</translation>
    </message>
    <message>
        <source>Fund claims</source>
        <translation>Fund claims</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>Global budget</translation>
    </message>
    <message>
        <source>DRG point value</source>
        <translation>DRG point value</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Episodes wanted</source>
        <translation>Episodes wanted</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <source>In-county episodes</source>
        <translation>In-county episodes</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>In-county admissions</source>
        <translation>In-county admissions</translation>
    </message>
    <message>
        <source>In-county outpatient visits</source>
        <translation>In-county outpatient visits</translation>
    </message>
    <message>
        <source>Grassroots outpatient visits</source>
        <translation>Grassroots outpatient visits</translation>
    </message>
    <message>
        <source>Episodes at village clinics</source>
        <translation>Episodes at village clinics</translation>
    </message>
    <message>
        <source>Episodes at township centres</source>
        <translation>Episodes at township centres</translation>
    </message>
    <message>
        <source>Episodes at county hospitals</source>
        <translation>Episodes at county hospitals</translation>
    </message>
    <message>
        <source>Episodes at city hospitals</source>
        <translation>Episodes at city hospitals</translation>
    </message>
    <message>
        <source>Episodes at provincial hospitals</source>
        <translation>Episodes at provincial hospitals</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claims in the county</source>
        <translation>Claims in the county</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>Capitation</translation>
    </message>
    <message>
        <source>Cost of care</source>
        <translation>Cost of care</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>Out-of-pocket</translation>
    </message>
    <message>
        <source>Out-of-pocket share of cost</source>
        <translation>Out-of-pocket share of cost</translation>
    </message>
    <message>
        <source>In-county treatment rate, 12 months</source>
        <translation>In-county treatment rate, 12 months</translation>
    </message>
    <message>
        <source>Grassroots share, 12 months</source>
        <translation>Grassroots share, 12 months</translation>
    </message>
    <message>
        <source>Critical-illness carve-out payments</source>
        <translation>Critical-illness carve-out payments</translation>
    </message>
    <message>
        <source>Turnover fund advanced (+) or recovered (-)</source>
        <translation>Turnover fund advanced (+) or recovered (-)</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>Bed occupancy</translation>
    </message>
    <message>
        <source>Outpatient congestion</source>
        <translation>Outpatient congestion</translation>
    </message>
    <message>
        <source>Inpatient congestion</source>
        <translation>Inpatient congestion</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>Avoided admissions</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>Admissions per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>Average length of stay (days)</translation>
    </message>
    <message>
        <source>Referrals up</source>
        <translation>Referrals up</translation>
    </message>
    <message>
        <source>Referrals down</source>
        <translation>Referrals down</translation>
    </message>
    <message>
        <source>Telemedicine links&apos; cost</source>
        <translation>Telemedicine links&apos; cost</translation>
    </message>
    <message>
        <source>County doctors posted for at least the minimum term per 10,000 residents</source>
        <translation>County doctors posted for at least the minimum term per 10,000 residents</translation>
    </message>
</context>
<context>
    <name>cc::InvestmentEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <source>A scenario named %1 exists.</source>
        <translation>A scenario named %1 exists.</translation>
    </message>
    <message>
        <source>The starting scenario does not exist.</source>
        <translation>The starting scenario does not exist.</translation>
    </message>
    <message>
        <source>Apply investment plan &quot;%1&quot;</source>
        <translation>Apply investment plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change golden hour</source>
        <translation>Change golden hour</translation>
    </message>
    <message>
        <source>Change investment catalogue</source>
        <translation>Change investment catalogue</translation>
    </message>
</context>
<context>
    <name>cc::Investments</name>
    <message>
        <source>Add beds</source>
        <translation>Add beds</translation>
    </message>
    <message>
        <source>Equip for a service line</source>
        <translation>Equip for a service line</translation>
    </message>
    <message>
        <source>Telemedicine link</source>
        <translation>Telemedicine link</translation>
    </message>
    <message>
        <source>Post county doctors for 12 months</source>
        <translation>Post county doctors for 12 months</translation>
    </message>
    <message>
        <source>New village clinic</source>
        <translation>New village clinic</translation>
    </message>
    <message>
        <source>New township branch</source>
        <translation>New township branch</translation>
    </message>
    <message>
        <source>Merge a clinic into its neighbour</source>
        <translation>Merge a clinic into its neighbour</translation>
    </message>
    <message>
        <source>Designate and equip a care centre</source>
        <translation>Designate and equip a care centre</translation>
    </message>
    <message>
        <source>Chest-pain centre</source>
        <translation>Chest-pain centre</translation>
    </message>
    <message>
        <source>Stroke centre</source>
        <translation>Stroke centre</translation>
    </message>
    <message>
        <source>Trauma centre</source>
        <translation>Trauma centre</translation>
    </message>
    <message>
        <source>Critical maternal care centre</source>
        <translation>Critical maternal care centre</translation>
    </message>
    <message>
        <source>Unknown kind of investment %1.</source>
        <translation>Unknown kind of investment %1.</translation>
    </message>
    <message>
        <source>An investment belongs to a scenario.</source>
        <translation>An investment belongs to a scenario.</translation>
    </message>
    <message>
        <source>An investment adds from 0 to 10,000 beds or doctors.</source>
        <translation>An investment adds from 0 to 10,000 beds or doctors.</translation>
    </message>
    <message>
        <source>A capability gain is a share from 0 to 1.</source>
        <translation>A capability gain is a share from 0 to 1.</translation>
    </message>
    <message>
        <source>Unknown kind of care centre %1.</source>
        <translation>Unknown kind of care centre %1.</translation>
    </message>
    <message>
        <source>The golden hour is from 1 to 600 minutes.</source>
        <translation>The golden hour is from 1 to 600 minutes.</translation>
    </message>
    <message>
        <source>%1: the capital cost is from 0 to 100 billion yuan.</source>
        <translation>%1: the capital cost is from 0 to 100 billion yuan.</translation>
    </message>
    <message>
        <source>%1: the yearly cost is within 10 billion yuan.</source>
        <translation>%1: the yearly cost is within 10 billion yuan.</translation>
    </message>
    <message>
        <source>%1: the number is from 1 to 1,000.</source>
        <translation>%1: the number is from 1 to 1,000.</translation>
    </message>
    <message>
        <source>%1: the capability gain is a share from 0 to 1.</source>
        <translation>%1: the capability gain is a share from 0 to 1.</translation>
    </message>
    <message>
        <source>%1: the running years are from 0 to 100.</source>
        <translation>%1: the running years are from 0 to 100.</translation>
    </message>
    <message>
        <source>Assumption: 50 m2 per bed (township centre building standard, 建标107-2008) at about 4,000 yuan/m2 built and equipped; running cost about 60,000 yuan per bed a year (nursing staff at 0.4 per bed, 2023 township centre salaries)</source>
        <translation>Assumption: 50 m2 per bed (township centre building standard, 建标107-2008) at about 4,000 yuan/m2 built and equipped; running cost about 60,000 yuan per bed a year (nursing staff at 0.4 per bed, 2023 township centre salaries)</translation>
    </message>
    <message>
        <source>Assumption: a 16-slice CT or an operating room, about 3 million yuan in 2023 county procurement notices, maintenance and a technician 10% a year; closes 30% of the centre&apos;s capability gap on the line</source>
        <translation>Assumption: a 16-slice CT or an operating room, about 3 million yuan in 2023 county procurement notices, maintenance and a technician 10% a year; closes 30% of the centre&apos;s capability gap on the line</translation>
    </message>
    <message>
        <source>Gain and yearly cost of the default remote-consultation link (an assumption, after Huidong county&apos;s telemedicine and provincial price lists); assumption: 200,000 yuan for terminals and the line</source>
        <translation>Gain and yearly cost of the default remote-consultation link (an assumption, after Huidong county&apos;s telemedicine and provincial price lists); assumption: 200,000 yuan for terminals and the line</translation>
    </message>
    <message>
        <source>Assumption: a grassroots-service allowance of 3,000 yuan a month per doctor (provincial 县招乡用 schemes pay 1,000-5,000); salaries stay with the county hospital</source>
        <translation>Assumption: a grassroots-service allowance of 3,000 yuan a month per doctor (provincial 县招乡用 schemes pay 1,000-5,000); salaries stay with the county hospital</translation>
    </message>
    <message>
        <source>Assumption: a standard clinic of 60 m2 or more (村卫生室建设标准) about 300,000 yuan; a village doctor&apos;s income about 80,000 yuan a year</source>
        <translation>Assumption: a standard clinic of 60 m2 or more (村卫生室建设标准) about 300,000 yuan; a village doctor&apos;s income about 80,000 yuan a year</translation>
    </message>
    <message>
        <source>Assumption: a branch of 10 beds (1,000 m2 at 4,000 yuan/m2 plus equipment) staffed by three GPs and three nurses</source>
        <translation>Assumption: a branch of 10 beds (1,000 m2 at 4,000 yuan/m2 plus equipment) staffed by three GPs and three nurses</translation>
    </message>
    <message>
        <source>Assumption: refitting the neighbour costs 100,000 yuan; the closed building saves 40,000 yuan a year (the staff move with it)</source>
        <translation>Assumption: refitting the neighbour costs 100,000 yuan; the closed building saves 40,000 yuan a year (the staff move with it)</translation>
    </message>
    <message>
        <source>Assumption: a county catheter lab or stroke unit with its green channel, about 8 million yuan (county chest-pain centre reports), staff and upkeep 1.5 million a year; closes 20% of the complex inpatient line&apos;s capability gap</source>
        <translation>Assumption: a county catheter lab or stroke unit with its green channel, about 8 million yuan (county chest-pain centre reports), staff and upkeep 1.5 million a year; closes 20% of the complex inpatient line&apos;s capability gap</translation>
    </message>
</context>
<context>
    <name>cc::Labels</name>
    <message>
        <source>Village clinic</source>
        <translation>Village clinic</translation>
    </message>
    <message>
        <source>Township health centre</source>
        <translation>Township health centre</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>County hospital</translation>
    </message>
    <message>
        <source>City hospital (out of county)</source>
        <translation>City hospital (out of county)</translation>
    </message>
    <message>
        <source>Provincial hospital (out of county)</source>
        <translation>Provincial hospital (out of county)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Traditional Chinese medicine</source>
        <translation>Traditional Chinese medicine</translation>
    </message>
    <message>
        <source>Maternal and child health</source>
        <translation>Maternal and child health</translation>
    </message>
    <message>
        <source>Expressway</source>
        <translation>Expressway</translation>
    </message>
    <message>
        <source>National road</source>
        <translation>National road</translation>
    </message>
    <message>
        <source>Provincial road</source>
        <translation>Provincial road</translation>
    </message>
    <message>
        <source>County road</source>
        <translation>County road</translation>
    </message>
    <message>
        <source>Village road</source>
        <translation>Village road</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Public health</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>Remote consultation</translation>
    </message>
    <message>
        <source>Shared imaging centre</source>
        <translation>Shared imaging centre</translation>
    </message>
    <message>
        <source>Shared laboratory</source>
        <translation>Shared laboratory</translation>
    </message>
    <message>
        <source>Shared ECG centre</source>
        <translation>Shared ECG centre</translation>
    </message>
</context>
<context>
    <name>cc::Language</name>
    <message>
        <source>&amp;Language / 语言</source>
        <translation>&amp;Language / 语言</translation>
    </message>
    <message>
        <source>Switch the interface language; the choice is remembered</source>
        <translation>Switch the interface language; the choice is remembered</translation>
    </message>
    <message>
        <source>Show the interface in this language (no restart needed)</source>
        <translation>Show the interface in this language (no restart needed)</translation>
    </message>
</context>
<context>
    <name>cc::LeverPanel</name>
    <message>
        <source>Township inpatient reimbursement</source>
        <translation>Township inpatient reimbursement</translation>
    </message>
    <message>
        <source>Share of in-scope inpatient cost the insurance pays at township health centres (乡镇卫生院住院报销比例).</source>
        <translation>Share of in-scope inpatient cost the insurance pays at township health centres (乡镇卫生院住院报销比例).</translation>
    </message>
    <message>
        <source>Township vs county ratio gap</source>
        <translation>Township vs county ratio gap</translation>
    </message>
    <message>
        <source>How many points more the insurance reimburses at a township health centre than at a county hospital (inpatient). A wider gap steers patients to the township; moving it changes the county hospital&apos;s ratio.</source>
        <translation>How many points more the insurance reimburses at a township health centre than at a county hospital (inpatient). A wider gap steers patients to the township; moving it changes the county hospital&apos;s ratio.</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>Global budget</translation>
    </message>
    <message>
        <source>Pay the alliance a global budget (总额预算) instead of claim by claim; it keeps part of a surplus and bears part of an overrun.</source>
        <translation>Pay the alliance a global budget (总额预算) instead of claim by claim; it keeps part of a surplus and bears part of an overrun.</translation>
    </message>
    <message>
        <source>Surplus retained by the alliance</source>
        <translation>Surplus retained by the alliance</translation>
    </message>
    <message>
        <source>Share of a year-end surplus of the global budget the alliance keeps (结余留用); acts only with the global budget on.</source>
        <translation>Share of a year-end surplus of the global budget the alliance keeps (结余留用); acts only with the global budget on.</translation>
    </message>
    <message>
        <source>Capitation per signed resident</source>
        <translation>Capitation per signed resident</translation>
    </message>
    <message>
        <source>Yuan per signed resident and year paid for their outpatient care (按人头付费); 0 turns capitation off.</source>
        <translation>Yuan per signed resident and year paid for their outpatient care (按人头付费); 0 turns capitation off.</translation>
    </message>
    <message>
        <source>Trainer &amp;lock</source>
        <translation>Trainer &amp;lock</translation>
    </message>
    <message>
        <source>Lock the parameters: only the revealed levers can be moved, the full policy panel is locked</source>
        <translation>Lock the parameters: only the revealed levers can be moved, the full policy panel is locked</translation>
    </message>
    <message>
        <source>For trainers: while locked, the levers are revealed one at a time with &quot;Reveal next lever&quot; and the policy panel cannot be edited.</source>
        <translation>For trainers: while locked, the levers are revealed one at a time with &quot;Reveal next lever&quot; and the policy panel cannot be edited.</translation>
    </message>
    <message>
        <source>Reveal &amp;next lever</source>
        <translation>Reveal &amp;next lever</translation>
    </message>
    <message>
        <source>Unlock the next lever for the room</source>
        <translation>Unlock the next lever for the room</translation>
    </message>
    <message>
        <source>Enables the next locked lever, top to bottom.</source>
        <translation>Enables the next locked lever, top to bottom.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Global budget: ON</source>
        <translation>Global budget: ON</translation>
    </message>
    <message>
        <source>Global budget: OFF</source>
        <translation>Global budget: OFF</translation>
    </message>
    <message>
        <source>%1, policy in force in %2 (the %3 change)</source>
        <translation>%1, policy in force in %2 (the %3 change)</translation>
    </message>
</context>
<context>
    <name>cc::LinkDialog</name>
    <message>
        <source>Add Telemedicine Link</source>
        <translation>Add Telemedicine Link</translation>
    </message>
    <message>
        <source>&amp;County hospital:</source>
        <translation>&amp;County hospital:</translation>
    </message>
    <message>
        <source>&amp;Township centre:</source>
        <translation>&amp;Township centre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</source>
        <translation>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</translation>
    </message>
    <message>
        <source>Capability &amp;gain:</source>
        <translation>Capability &amp;gain:</translation>
    </message>
    <message>
        <source>&amp;Yearly cost (yuan):</source>
        <translation>&amp;Yearly cost (yuan):</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
</context>
<context>
    <name>cc::LinkModel</name>
    <message>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <source>Not in effect in the scenario shown</source>
        <translation>Not in effect in the scenario shown</translation>
    </message>
    <message>
        <source>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</source>
        <translation>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</translation>
    </message>
    <message>
        <source>Unknown kind of telemedicine link.</source>
        <translation>Unknown kind of telemedicine link.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value.</source>
        <translation>&quot;%1&quot; is not a valid value.</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>County hospital</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>Township centre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Capability gain</source>
        <translation>Capability gain</translation>
    </message>
    <message>
        <source>Yearly cost (yuan)</source>
        <translation>Yearly cost (yuan)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>cc::LinkTool</name>
    <message>
        <source>Click a county hospital, then the township centre it serves.</source>
        <translation>Click a county hospital, then the township centre it serves.</translation>
    </message>
    <message>
        <source>Link canceled.</source>
        <translation>Link canceled.</translation>
    </message>
    <message>
        <source>Click a county hospital to start the link.</source>
        <translation>Click a county hospital to start the link.</translation>
    </message>
    <message>
        <source>Click a township centre to end the link (Esc cancels).</source>
        <translation>Click a township centre to end the link (Esc cancels).</translation>
    </message>
    <message>
        <source>%1 is a %2: a telemedicine link starts at a county hospital.</source>
        <translation>%1 is a %2: a telemedicine link starts at a county hospital.</translation>
    </message>
    <message>
        <source>%1: now click the township centre it serves (%2; Esc cancels).</source>
        <translation>%1: now click the township centre it serves (%2; Esc cancels).</translation>
    </message>
    <message>
        <source>%1 already has a %2 link from %3.</source>
        <translation>%1 already has a %2 link from %3.</translation>
    </message>
    <message>
        <source>Added: %1 from %2 to %3.</source>
        <translation>Added: %1 from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>cc::LinksPanel</name>
    <message>
        <source>Telemedicine Links</source>
        <translation>Telemedicine Links</translation>
    </message>
    <message>
        <source>Telemedicine &amp;Links</source>
        <translation>Telemedicine &amp;Links</translation>
    </message>
    <message>
        <source>Show the telemedicine links table: remote consultation and shared imaging, laboratory and ECG centres</source>
        <translation>Show the telemedicine links table: remote consultation and shared imaging, laboratory and ECG centres</translation>
    </message>
    <message>
        <source>Draw on &amp;Map</source>
        <translation>Draw on &amp;Map</translation>
    </message>
    <message>
        <source>Click a county hospital, then a township centre, on the map</source>
        <translation>Click a county hospital, then a township centre, on the map</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>Add a link by choosing its hospital, centre and kind</source>
        <translation>Add a link by choosing its hospital, centre and kind</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>Delete the selected links</translation>
    </message>
    <message>
        <source>Telemedicine links from a county hospital to a township centre: remote consultation, shared imaging, laboratory or ECG centres. Each raises the centre&apos;s capability for the services it supports and costs a yearly amount. Double-click a cell to change it; every change can be undone.</source>
        <translation>Telemedicine links from a county hospital to a township centre: remote consultation, shared imaging, laboratory or ECG centres. Each raises the centre&apos;s capability for the services it supports and costs a yearly amount. Double-click a cell to change it; every change can be undone.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the scenario shown, %1 yuan a year</source>
        <translation>
            <numerusform>%n link in the scenario shown, %1 yuan a year</numerusform>
            <numerusform>%n link in the scenario shown, %1 yuan a year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n telemedicine link(s)</source>
        <translation>
            <numerusform>Delete %n telemedicine link</numerusform>
            <numerusform>Delete %n telemedicine link</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Simulated indicators of the selected scenario at the end of the horizon</source>
        <translation>Simulated indicators of the selected scenario at the end of the horizon</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)...</source>
        <translation>Export &amp;Report (PDF)...</translation>
    </message>
    <message>
        <source>Write an A4 PDF report: parameters, map, every chart and the indicators at the start and end of the horizon</source>
        <translation>Write an A4 PDF report: parameters, map, every chart and the indicators at the start and end of the horizon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit CountyCare Planner</source>
        <translation>Quit CountyCare Planner</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Zoom to &amp;Fit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CountyCare Planner</source>
        <translation>&amp;About CountyCare Planner</translation>
    </message>
    <message>
        <source>About CountyCare Planner</source>
        <translation>About CountyCare Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CountyCare Planner %1&lt;/h3&gt;&lt;p&gt;Plan tight county health alliances: facilities, staff postings and insurance payment, and their effect on the in-county treatment rate and the insurance fund.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CountyCare Planner %1&lt;/h3&gt;&lt;p&gt;Plan tight county health alliances: facilities, staff postings and insurance payment, and their effect on the in-county treatment rate and the insurance fund.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Map Tools</source>
        <translation>Map Tools</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Payment Policy</source>
        <translation>Payment Policy</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report %1 (%n pages)</source>
        <translation>
            <numerusform>Wrote the report %1 (%n page)</numerusform>
            <numerusform>Wrote the report %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>%1[*] - CountyCare Planner</source>
        <translation>%1[*] - CountyCare Planner</translation>
    </message>
    <message>
        <source>%1 settlements, population %2 · %3 facilities · %4 staff</source>
        <translation>%1 settlements, population %2 · %3 facilities · %4 staff</translation>
    </message>
    <message>
        <source>In-county rate %1 → %2 · fund reserve %3 months</source>
        <translation>In-county rate %1 → %2 · fund reserve %3 months</translation>
    </message>
    <message>
        <source>Not simulated, the charts show earlier results: %1</source>
        <translation>Not simulated, the charts show earlier results: %1</translation>
    </message>
    <message>
        <source>Payment Policy: %1</source>
        <translation>Payment Policy: %1</translation>
    </message>
</context>
<context>
    <name>cc::MapCandidates</name>
    <message>
        <source>Investment candidates (area: gain)</source>
        <translation>Investment candidates (area: gain)</translation>
    </message>
</context>
<context>
    <name>cc::MapEditor</name>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Drag to move the map; the map cannot be edited</source>
        <translation>Drag to move the map; the map cannot be edited</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to select; drag selected places to move them</source>
        <translation>Click or drag a rectangle to select; drag selected places to move them</translation>
    </message>
    <message>
        <source>Add Facility</source>
        <translation>Add Facility</translation>
    </message>
    <message>
        <source>Click on the map to add a facility of the chosen level</source>
        <translation>Click on the map to add a facility of the chosen level</translation>
    </message>
    <message>
        <source>Add Settlement</source>
        <translation>Add Settlement</translation>
    </message>
    <message>
        <source>Click on the map to add a village or community</source>
        <translation>Click on the map to add a village or community</translation>
    </message>
    <message>
        <source>Draw Road</source>
        <translation>Draw Road</translation>
    </message>
    <message>
        <source>Click to add points, double-click or Enter to finish, Esc to cancel</source>
        <translation>Click to add points, double-click or Enter to finish, Esc to cancel</translation>
    </message>
    <message>
        <source>Edit Boundary</source>
        <translation>Edit Boundary</translation>
    </message>
    <message>
        <source>Drag corners to move them, double-click the line to add one, right-click to delete</source>
        <translation>Drag corners to move them, double-click the line to add one, right-click to delete</translation>
    </message>
    <message>
        <source>Facility level</source>
        <translation>Facility level</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>Road class</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected places and roads</source>
        <translation>Delete the selected places and roads</translation>
    </message>
    <message>
        <source>Draw Link</source>
        <translation>Draw Link</translation>
    </message>
    <message>
        <source>Telemedicine link: click a county hospital, then a township centre; Esc cancels</source>
        <translation>Telemedicine link: click a county hospital, then a township centre; Esc cancels</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>Link kind</translation>
    </message>
</context>
<context>
    <name>cc::MapGoldenHour</name>
    <message>
        <source>&amp;Golden-Hour Coverage</source>
        <translation>&amp;Golden-Hour Coverage</translation>
    </message>
    <message>
        <source>&amp;Villages Beyond the Golden Hour</source>
        <translation>&amp;Villages Beyond the Golden Hour</translation>
    </message>
    <message>
        <source>Ring the villages whose road travel time to the nearest care centre of the chosen kind exceeds the golden hour</source>
        <translation>Ring the villages whose road travel time to the nearest care centre of the chosen kind exceeds the golden hour</translation>
    </message>
    <message>
        <source>Golden Hour &amp;Threshold...</source>
        <translation>Golden Hour &amp;Threshold...</translation>
    </message>
    <message>
        <source>Golden Hour</source>
        <translation>Golden Hour</translation>
    </message>
    <message>
        <source>Minutes within which a time-critical patient should reach a centre (60: the chest-pain and stroke centre standards):</source>
        <translation>Minutes within which a time-critical patient should reach a centre (60: the chest-pain and stroke centre standards):</translation>
    </message>
    <message>
        <source>%1: no %2 within reach</source>
        <translation>%1: no %2 within reach</translation>
    </message>
    <message>
        <source>%1: %2 min to the nearest %3</source>
        <translation>%1: %2 min to the nearest %3</translation>
    </message>
    <message>
        <source>Measuring travel times to the nearest %1...</source>
        <translation>Measuring travel times to the nearest %1...</translation>
    </message>
    <message>
        <source>No %1 in this scenario: all %2 residents are beyond the golden hour.</source>
        <translation>No %1 in this scenario: all %2 residents are beyond the golden hour.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 residents (%n village(s)) beyond %4 min.</source>
        <translation>
            <numerusform>%1: %2 of %3 residents (%n village(s)) beyond %4 min.</numerusform>
            <numerusform>%1: %2 of %3 residents (%n village(s)) beyond %4 min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Golden hour: %1</source>
        <translation>Golden hour: %1</translation>
    </message>
    <message>
        <source>Beyond %1 min: %2 residents</source>
        <translation>Beyond %1 min: %2 residents</translation>
    </message>
</context>
<context>
    <name>cc::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Map legend</translation>
    </message>
</context>
<context>
    <name>cc::MapLinks</name>
    <message>
        <source>Telemedicine links</source>
        <translation>Telemedicine links</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 · capability gain %2% · %3 yuan a year</source>
        <translation>%1 · capability gain %2% · %3 yuan a year</translation>
    </message>
    <message>
        <source>Not in effect in %1</source>
        <translation>Not in effect in %1</translation>
    </message>
    <message>
        <source>Show in the Links Table</source>
        <translation>Show in the Links Table</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>Delete Link</translation>
    </message>
</context>
<context>
    <name>cc::MapOverlays</name>
    <message>
        <source>Map Month</source>
        <translation>Map Month</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>&amp;Overlays</translation>
    </message>
    <message>
        <source>Patient &amp;Flows</source>
        <translation>Patient &amp;Flows</translation>
    </message>
    <message>
        <source>Lines from each township to the facilities its residents use, as wide as the episodes in the month shown</source>
        <translation>Lines from each township to the facilities its residents use, as wide as the episodes in the month shown</translation>
    </message>
    <message>
        <source>Flows &amp;To</source>
        <translation>Flows &amp;To</translation>
    </message>
    <message>
        <source>Township Centres</source>
        <translation>Township Centres</translation>
    </message>
    <message>
        <source>County Hospitals</source>
        <translation>County Hospitals</translation>
    </message>
    <message>
        <source>Out-of-County Hospitals</source>
        <translation>Out-of-County Hospitals</translation>
    </message>
    <message>
        <source>Facility &amp;Load</source>
        <translation>Facility &amp;Load</translation>
    </message>
    <message>
        <source>A ring round each facility coloured by the staff its workload needs over the staff it has</source>
        <translation>A ring round each facility coloured by the staff its workload needs over the staff it has</translation>
    </message>
    <message>
        <source>&amp;In-County Rate by Township</source>
        <translation>&amp;In-County Rate by Township</translation>
    </message>
    <message>
        <source>Settlements coloured by their township&apos;s in-county treatment rate in the month shown</source>
        <translation>Settlements coloured by their township&apos;s in-county treatment rate in the month shown</translation>
    </message>
    <message>
        <source>&amp;Travel Time</source>
        <translation>&amp;Travel Time</translation>
    </message>
    <message>
        <source>Settlements coloured by travel minutes over the roads (15/30/60/120-minute bands)</source>
        <translation>Settlements coloured by travel minutes over the roads (15/30/60/120-minute bands)</translation>
    </message>
    <message>
        <source>Travel Time T&amp;o</source>
        <translation>Travel Time T&amp;o</translation>
    </message>
    <message>
        <source>Nearest Township Centre</source>
        <translation>Nearest Township Centre</translation>
    </message>
    <message>
        <source>Nearest County Hospital</source>
        <translation>Nearest County Hospital</translation>
    </message>
    <message>
        <source>Selected Facility</source>
        <translation>Selected Facility</translation>
    </message>
    <message>
        <source>%1 → %2: %3 episodes in %4</source>
        <translation>%1 → %2: %3 episodes in %4</translation>
    </message>
    <message>
        <source>%1: staff needed for the workload / staff present = %2</source>
        <translation>%1: staff needed for the workload / staff present = %2</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>no staff</translation>
    </message>
    <message>
        <source>Patients to township centres</source>
        <translation>Patients to township centres</translation>
    </message>
    <message>
        <source>Patients to county hospitals</source>
        <translation>Patients to county hospitals</translation>
    </message>
    <message>
        <source>Patients leaving the county</source>
        <translation>Patients leaving the county</translation>
    </message>
    <message>
        <source>%1 episodes a month</source>
        <translation>%1 episodes a month</translation>
    </message>
    <message>
        <source>Facility load (staff needed / present)</source>
        <translation>Facility load (staff needed / present)</translation>
    </message>
    <message>
        <source>under 70%: spare capacity</source>
        <translation>under 70%: spare capacity</translation>
    </message>
    <message>
        <source>70-100%: balanced</source>
        <translation>70-100%: balanced</translation>
    </message>
    <message>
        <source>100-130%: busy</source>
        <translation>100-130%: busy</translation>
    </message>
    <message>
        <source>130% and over: overloaded</source>
        <translation>130% and over: overloaded</translation>
    </message>
    <message>
        <source>In-county treatment rate by township</source>
        <translation>In-county treatment rate by township</translation>
    </message>
    <message>
        <source>90% and over (national goal)</source>
        <translation>90% and over (national goal)</translation>
    </message>
    <message>
        <source>85-90%</source>
        <translation>85-90%</translation>
    </message>
    <message>
        <source>80-85%</source>
        <translation>80-85%</translation>
    </message>
    <message>
        <source>70-80%</source>
        <translation>70-80%</translation>
    </message>
    <message>
        <source>under 70%</source>
        <translation>under 70%</translation>
    </message>
    <message>
        <source>Travel time to the nearest township centre</source>
        <translation>Travel time to the nearest township centre</translation>
    </message>
    <message>
        <source>Travel time to the nearest county hospital</source>
        <translation>Travel time to the nearest county hospital</translation>
    </message>
    <message>
        <source>Travel time to %1</source>
        <translation>Travel time to %1</translation>
    </message>
    <message>
        <source>the selected facility (select one)</source>
        <translation>the selected facility (select one)</translation>
    </message>
    <message>
        <source>under 15 min</source>
        <translation>under 15 min</translation>
    </message>
    <message>
        <source>15-30 min</source>
        <translation>15-30 min</translation>
    </message>
    <message>
        <source>30-60 min</source>
        <translation>30-60 min</translation>
    </message>
    <message>
        <source>60-120 min</source>
        <translation>60-120 min</translation>
    </message>
    <message>
        <source>120 min and over</source>
        <translation>120 min and over</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Two-Way Referrals (Up and Down)</source>
        <translation>Two-Way Referrals (Up and Down)</translation>
    </message>
    <message>
        <source>Referred up from %1 to %2: %3 patients in %4</source>
        <translation>Referred up from %1 to %2: %3 patients in %4</translation>
    </message>
    <message>
        <source>Referred down from %1 to %2 for recovery: %3 patients of %4 in %5</source>
        <translation>Referred down from %1 to %2 for recovery: %3 patients of %4 in %5</translation>
    </message>
    <message>
        <source>Bed occupancy in %1: %2</source>
        <translation>Bed occupancy in %1: %2</translation>
    </message>
    <message>
        <source>DRG revenue in %1: %2 yuan</source>
        <translation>DRG revenue in %1: %2 yuan</translation>
    </message>
    <message>
        <source>Two-way referrals (patients a month)</source>
        <translation>Two-way referrals (patients a month)</translation>
    </message>
    <message>
        <source>Up: township centre to hospital</source>
        <translation>Up: township centre to hospital</translation>
    </message>
    <message>
        <source>Down: county hospital to township centre</source>
        <translation>Down: county hospital to township centre</translation>
    </message>
    <message>
        <source>%1 patients a month</source>
        <translation>%1 patients a month</translation>
    </message>
    <message>
        <source>County hospitals in %1</source>
        <translation>County hospitals in %1</translation>
    </message>
    <message>
        <source>beds %1 full</source>
        <translation>beds %1 full</translation>
    </message>
    <message>
        <source>DRG %1 yuan</source>
        <translation>DRG %1 yuan</translation>
    </message>
</context>
<context>
    <name>cc::MapView</name>
    <message>
        <source>County map</source>
        <translation>County map</translation>
    </message>
    <message>
        <source>The county map. Wheel or +/- to zoom, drag to pan, 0 to fit the county.</source>
        <translation>The county map. Wheel or +/- to zoom, drag to pan, 0 to fit the county.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>cc::ModelNotes</name>
    <message>
        <source>Time and results</source>
        <translation>Time and results</translation>
    </message>
    <message>
        <source>The model runs month by month over the horizon from the start month; calendar years count for growth, budgets and the year-end settlement. Every quantity is an expected value for a village or community, not a count of individual patients, so the same project always gives the same numbers. The indicators are computed for the county and for each township, per month and over the last 12 months: in-county treatment rate = in-county (village clinic, township centre, county hospital) visits and admissions / all of them; in-county inpatient share = in-county admissions / all admissions; grassroots share = village clinic and township centre visits / all in-county visits.</source>
        <translation>The model runs month by month over the horizon from the start month; calendar years count for growth, budgets and the year-end settlement. Every quantity is an expected value for a village or community, not a count of individual patients, so the same project always gives the same numbers. The indicators are computed for the county and for each township, per month and over the last 12 months: in-county treatment rate = in-county (village clinic, township centre, county hospital) visits and admissions / all of them; in-county inpatient share = in-county admissions / all admissions; grassroots share = village clinic and township centre visits / all in-county visits.</translation>
    </message>
    <message>
        <source>Patient choice</source>
        <translation>Patient choice</translation>
    </message>
    <message>
        <source>Each month the residents of each village or community who need one kind of care (a service line) choose among the facilities they consider: the nearest village clinics and township centres, every county hospital, and the city and provincial hospitals. Each choice gets a score: the level&apos;s constant for that line (fitted by calibration) + quality weight x capability - travel weight x travel minutes - cost weight x out-of-pocket yuan + a bonus for staying in the county + a bonus for the own family doctor&apos;s facility, by the signed share + size weight x the logarithm of an in-county facility&apos;s size (its own staff for visits, its beds for admissions) - congestion aversion x the queue expected there. A facility&apos;s share of the patients is e^score / the sum of e^score over the choices (a logit model): a better, nearer, cheaper or less crowded facility gains patients gradually, never all at once. Capability = 1 - (1 - starting capability) x the product over posted staff of (1 - role weight x title factor x FTE). A facility below the lowest level a line needs treats it only while a posted specialist lifts its capability above the line&apos;s threshold; a grassroots facility without beds takes no admissions. Travel minutes follow the drawn roads at their speed; where no road is drawn, straight-line distance x the detour factor at the off-road speed. Each service line carries its own cost, travel and quality weights.</source>
        <translation>Each month the residents of each village or community who need one kind of care (a service line) choose among the facilities they consider: the nearest village clinics and township centres, every county hospital, and the city and provincial hospitals. Each choice gets a score: the level&apos;s constant for that line (fitted by calibration) + quality weight x capability - travel weight x travel minutes - cost weight x out-of-pocket yuan + a bonus for staying in the county + a bonus for the own family doctor&apos;s facility, by the signed share + size weight x the logarithm of an in-county facility&apos;s size (its own staff for visits, its beds for admissions) - congestion aversion x the queue expected there. A facility&apos;s share of the patients is e^score / the sum of e^score over the choices (a logit model): a better, nearer, cheaper or less crowded facility gains patients gradually, never all at once. Capability = 1 - (1 - starting capability) x the product over posted staff of (1 - role weight x title factor x FTE). A facility below the lowest level a line needs treats it only while a posted specialist lifts its capability above the line&apos;s threshold; a grassroots facility without beds takes no admissions. Travel minutes follow the drawn roads at their speed; where no road is drawn, straight-line distance x the detour factor at the off-road speed. Each service line carries its own cost, travel and quality weights.</translation>
    </message>
    <message>
        <source>Demand and its growth</source>
        <translation>Demand and its growth</translation>
    </message>
    <message>
        <source>Episodes of a line demanded in a month = residents x the line&apos;s yearly rate per person / 12, grown by the yearly growth of use per person (visits and admissions separately) for every calendar year since the start. The cost of an episode grows by its own yearly rate; patients weigh out-of-pocket costs at start-year prices, because incomes are taken to grow with prices. Demand itself does not respond to price, distance or waiting: these move where patients go, not how often they seek care (providers&apos; response can avoid or add admissions, see below). An episode stays unmet only where no facility a village considers can treat the line.</source>
        <translation>Episodes of a line demanded in a month = residents x the line&apos;s yearly rate per person / 12, grown by the yearly growth of use per person (visits and admissions separately) for every calendar year since the start. The cost of an episode grows by its own yearly rate; patients weigh out-of-pocket costs at start-year prices, because incomes are taken to grow with prices. Demand itself does not respond to price, distance or waiting: these move where patients go, not how often they seek care (providers&apos; response can avoid or add admissions, see below). An episode stays unmet only where no facility a village considers can treat the line.</translation>
    </message>
    <message>
        <source>Capacity and queues</source>
        <translation>Capacity and queues</translation>
    </message>
    <message>
        <source>A facility&apos;s staff time per month = FTE present x available working hours per year x 60 / 12 minutes; where it has beds, each role splits its time between the outpatient clinic and the wards by its ward share. Home staff count at 1 FTE minus their postings elsewhere; posted staff count where they are posted. Outpatient load = visits x the line&apos;s staff minutes; ward load = admissions x the line&apos;s ward minutes; bed load = admissions x length of stay, against beds x 30.4 days x the occupancy at capacity. Outpatients queue when the clinic load exceeds clinic time; admissions queue when ward time or beds, whichever is tighter, run short. Patients expect this month&apos;s queue from last month&apos;s patients of each facility, rescaled by how its appeal has changed since, and the queue settles where the patients who still come just fill the capacity (each unit of queue keeps a share of them away, set by the congestion aversion). Hospitals outside the county and facilities without staff never queue. Staff needed (WISN) = workload minutes / available minutes per FTE.</source>
        <translation>A facility&apos;s staff time per month = FTE present x available working hours per year x 60 / 12 minutes; where it has beds, each role splits its time between the outpatient clinic and the wards by its ward share. Home staff count at 1 FTE minus their postings elsewhere; posted staff count where they are posted. Outpatient load = visits x the line&apos;s staff minutes; ward load = admissions x the line&apos;s ward minutes; bed load = admissions x length of stay, against beds x 30.4 days x the occupancy at capacity. Outpatients queue when the clinic load exceeds clinic time; admissions queue when ward time or beds, whichever is tighter, run short. Patients expect this month&apos;s queue from last month&apos;s patients of each facility, rescaled by how its appeal has changed since, and the queue settles where the patients who still come just fill the capacity (each unit of queue keeps a share of them away, set by the congestion aversion). Hospitals outside the county and facilities without staff never queue. Staff needed (WISN) = workload minutes / available minutes per FTE.</translation>
    </message>
    <message>
        <source>Reimbursement and out-of-pocket cost</source>
        <translation>Reimbursement and out-of-pocket cost</translation>
    </message>
    <message>
        <source>For each level, and for outpatient and inpatient care separately, the fund pays (cost - deductible, when positive) x in-scope share x reimbursement ratio, times the effective reimbursement scale fitted by calibration, and never more than the cost; the patient pays the rest. Outside the county, patients without a referral lose the no-referral cut of ratio points. Uninsured residents pay the whole cost.</source>
        <translation>For each level, and for outpatient and inpatient care separately, the fund pays (cost - deductible, when positive) x in-scope share x reimbursement ratio, times the effective reimbursement scale fitted by calibration, and never more than the cost; the patient pays the rest. Outside the county, patients without a referral lose the no-referral cut of ratio points. Uninsured residents pay the whole cost.</translation>
    </message>
    <message>
        <source>The fund: revenue and payments</source>
        <translation>The fund: revenue and payments</translation>
    </message>
    <message>
        <source>Revenue per month = residents x insured share x (fiscal subsidy + personal premium) / 12; subsidy and premium grow by their yearly rate in each calendar year after the first. Fee-for-service: the fund pays its part of every insured episode. DRG point method (when on): admissions at township centres and county hospitals earn points = base points x the line&apos;s DRG relative weight x the hospital coefficient. Without a global budget the fund pays the points, and a hospital keeps what it saves per case: a floating point value = what the year&apos;s DRG-paid admissions would have cost the fund under fee-for-service before providers&apos; response / the year&apos;s points, so the total stays and each hospital&apos;s part follows its points; a fixed point value pays yuan per point. Under a global budget the points only share the alliance&apos;s budget among its hospitals. Capitation (when on): the fund pays a yearly amount per signed insured resident, in monthly twelfths, instead of fee-for-service for signed residents&apos; in-county outpatient care; the signed share ramps from its starting value to the target. Balance: next month&apos;s balance = this month&apos;s + revenue - payments - year-end settlements - turnover fund advanced (+ recovered); months of reserve = balance / the mean monthly outflow of the last 12 months.</source>
        <translation>Revenue per month = residents x insured share x (fiscal subsidy + personal premium) / 12; subsidy and premium grow by their yearly rate in each calendar year after the first. Fee-for-service: the fund pays its part of every insured episode. DRG point method (when on): admissions at township centres and county hospitals earn points = base points x the line&apos;s DRG relative weight x the hospital coefficient. Without a global budget the fund pays the points, and a hospital keeps what it saves per case: a floating point value = what the year&apos;s DRG-paid admissions would have cost the fund under fee-for-service before providers&apos; response / the year&apos;s points, so the total stays and each hospital&apos;s part follows its points; a fixed point value pays yuan per point. Under a global budget the points only share the alliance&apos;s budget among its hospitals. Capitation (when on): the fund pays a yearly amount per signed insured resident, in monthly twelfths, instead of fee-for-service for signed residents&apos; in-county outpatient care; the signed share ramps from its starting value to the target. Balance: next month&apos;s balance = this month&apos;s + revenue - payments - year-end settlements - turnover fund advanced (+ recovered); months of reserve = balance / the mean monthly outflow of the last 12 months.</translation>
    </message>
    <message>
        <source>Global budget and year-end settlement</source>
        <translation>Global budget and year-end settlement</translation>
    </message>
    <message>
        <source>Under a global budget the alliance answers for its residents&apos; claims wherever they are treated, in the county or outside it. The budget of a calendar year is set either from last year&apos;s actual spending on its residents (the claims it answered for, without the critical-illness part) x (1 + growth coefficient) - the year before the first simulated year counts as twelve times the first month - or from revenue x (1 - critical-illness share - reserve share); either way times the budget share. The fund prepays a share of each month&apos;s budget and, in the first month of each budget year, advances a turnover fund of some months of prepayment, recovered at the settlement. Critical-illness carve-out: the part of an admission&apos;s cost above the high-cost threshold (admission costs spread around the line&apos;s average, lognormal) is paid by the fund outside the budget. Year-end settlement: surplus = budget - the claims the alliance answered for. With a surplus the alliance keeps retention x surplus and the fund the rest; with an overrun the fund covers overrun share x the overrun up to the band x the budget, and the alliance bears the rest. The charts show what the alliance keeps (negative: its loss).</source>
        <translation>Under a global budget the alliance answers for its residents&apos; claims wherever they are treated, in the county or outside it. The budget of a calendar year is set either from last year&apos;s actual spending on its residents (the claims it answered for, without the critical-illness part) x (1 + growth coefficient) - the year before the first simulated year counts as twelve times the first month - or from revenue x (1 - critical-illness share - reserve share); either way times the budget share. The fund prepays a share of each month&apos;s budget and, in the first month of each budget year, advances a turnover fund of some months of prepayment, recovered at the settlement. Critical-illness carve-out: the part of an admission&apos;s cost above the high-cost threshold (admission costs spread around the line&apos;s average, lognormal) is paid by the fund outside the budget. Year-end settlement: surplus = budget - the claims the alliance answered for. With a surplus the alliance keeps retention x surplus and the fund the rest; with an overrun the fund covers overrun share x the overrun up to the band x the budget, and the alliance bears the rest. The charts show what the alliance keeps (negative: its loss).</translation>
    </message>
    <message>
        <source>Provider response to payment</source>
        <translation>Provider response to payment</translation>
    </message>
    <message>
        <source>Providers respond to how they are paid, growing over the response ramp-up from the month a global budget, DRG points or capitation starts. The alliance&apos;s incentive is what it keeps of a yuan of claims it avoids: under a global budget the surplus retention after a year in surplus (and in the budget&apos;s first year), 1 - the fund&apos;s overrun share after an overrun within the band, all of it after an overrun beyond the band; capitation adds its own incentive; fee-for-service gives none. Health management then avoids signed residents&apos; avoidable admissions: each line&apos;s avoidable share x the avoidable admissions prevented x the incentive x the signed share x the ramp. In the same month every avoided admission becomes the set number of visits of the chronic-care line (the one outpatient line marked to take them), at the village clinics and township centres the village considers, shared by their appeal (unmet where none is in reach; without such a line the avoided admissions are not replaced); the demand counted then holds these visits instead of the avoided admissions. Under DRG points or a global budget the township centres&apos; and county hospitals&apos; stays get shorter and their admissions cheaper by the set shares at full response. Without a global budget (fee-for-service, or DRG points alone) providers may add induced admissions (none by default); a global budget removes them.</source>
        <translation>Providers respond to how they are paid, growing over the response ramp-up from the month a global budget, DRG points or capitation starts. The alliance&apos;s incentive is what it keeps of a yuan of claims it avoids: under a global budget the surplus retention after a year in surplus (and in the budget&apos;s first year), 1 - the fund&apos;s overrun share after an overrun within the band, all of it after an overrun beyond the band; capitation adds its own incentive; fee-for-service gives none. Health management then avoids signed residents&apos; avoidable admissions: each line&apos;s avoidable share x the avoidable admissions prevented x the incentive x the signed share x the ramp. In the same month every avoided admission becomes the set number of visits of the chronic-care line (the one outpatient line marked to take them), at the village clinics and township centres the village considers, shared by their appeal (unmet where none is in reach; without such a line the avoided admissions are not replaced); the demand counted then holds these visits instead of the avoided admissions. Under DRG points or a global budget the township centres&apos; and county hospitals&apos; stays get shorter and their admissions cheaper by the set shares at full response. Without a global budget (fee-for-service, or DRG points alone) providers may add induced admissions (none by default); a global budget removes them.</translation>
    </message>
    <message>
        <source>Two-way referral and telemedicine</source>
        <translation>Two-way referral and telemedicine</translation>
    </message>
    <message>
        <source>Where the alliance holds one global budget it refers patients both ways, growing with the response. A share of the admissions beyond what the home township centre treats are referred up through the alliance, to a county hospital or, keeping the referral reimbursement, out of the county. A share of county-hospital admissions spend the recovery part of their stay in the home township centre&apos;s beds, paid there per bed-day, while the county hospital saves the recovery part of its cost (a DRG payment per case does not change). Telemedicine links from a county hospital (remote consultation, shared imaging, laboratory or ECG centres) raise a township centre&apos;s capability for the lines they serve while they run, like a posting: capability = 1 - (1 - capability) x (1 - the link&apos;s gain); they cost the alliance a yearly sum.</source>
        <translation>Where the alliance holds one global budget it refers patients both ways, growing with the response. A share of the admissions beyond what the home township centre treats are referred up through the alliance, to a county hospital or, keeping the referral reimbursement, out of the county. A share of county-hospital admissions spend the recovery part of their stay in the home township centre&apos;s beds, paid there per bed-day, while the county hospital saves the recovery part of its cost (a DRG payment per case does not change). Telemedicine links from a county hospital (remote consultation, shared imaging, laboratory or ECG centres) raise a township centre&apos;s capability for the lines they serve while they run, like a posting: capability = 1 - (1 - capability) x (1 - the link&apos;s gain); they cost the alliance a yearly sum.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Calibration fits the constants of every service line and level so that the baseline scenario&apos;s first-year averages, with congestion as set, reproduce the county&apos;s stated in-county treatment rate, in-county inpatient share and grassroots share within 0.05 points, and each line&apos;s stated starting shares by level as closely as those allow: the odds of in-county care and of grassroots care are shifted together until the county&apos;s figures match. Each round moves a constant by ln(stated share / modelled share). Where the fund&apos;s claims-to-revenue ratio of the first year is stated, the effective reimbursement scale is fitted too. A level without a stated share takes the constant of the nearest level that has one, so a posting or a new capability can open a line to a facility. When the figures cannot all be met, the nearest fit is reported with each remaining gap (Analysis &gt; Calibration; the command-line calibrate exits with code 3).</source>
        <translation>Calibration fits the constants of every service line and level so that the baseline scenario&apos;s first-year averages, with congestion as set, reproduce the county&apos;s stated in-county treatment rate, in-county inpatient share and grassroots share within 0.05 points, and each line&apos;s stated starting shares by level as closely as those allow: the odds of in-county care and of grassroots care are shifted together until the county&apos;s figures match. Each round moves a constant by ln(stated share / modelled share). Where the fund&apos;s claims-to-revenue ratio of the first year is stated, the effective reimbursement scale is fitted too. A level without a stated share takes the constant of the nearest level that has one, so a posting or a new capability can open a line to a facility. When the figures cannot all be met, the nearest fit is reported with each remaining gap (Analysis &gt; Calibration; the command-line calibrate exits with code 3).</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Analysis &gt; Uncertainty draws the choice weights, the demand rates and the size of providers&apos; response and of referral from ranges around their values (a Latin hypercube sample), refits the constants of each draw that moves the choice weights so that it still starts at the county&apos;s stated figures, and shows the 50% and 90% bands of the fund balance and the in-county rate and the probability of a fund deficit. Analysis &gt; Sensitivity moves each key parameter down and up in turn.</source>
        <translation>Analysis &gt; Uncertainty draws the choice weights, the demand rates and the size of providers&apos; response and of referral from ranges around their values (a Latin hypercube sample), refits the constants of each draw that moves the choice weights so that it still starts at the county&apos;s stated figures, and shows the 50% and 90% bands of the fund balance and the in-county rate and the probability of a fund deficit. Analysis &gt; Sensitivity moves each key parameter down and up in turn.</translation>
    </message>
    <message>
        <source>No seasonality: every month of a year has the same demand and prices.</source>
        <translation>No seasonality: every month of a year has the same demand and prices.</translation>
    </message>
    <message>
        <source>Only the urban-rural resident medical insurance: the employee medical insurance, its members and its fund are not modelled.</source>
        <translation>Only the urban-rural resident medical insurance: the employee medical insurance, its members and its fund are not modelled.</translation>
    </message>
    <message>
        <source>No individual patients: villages are followed as expected values, so a run has no chance in it (Analysis &gt; Uncertainty varies the weights).</source>
        <translation>No individual patients: villages are followed as expected values, so a run has no chance in it (Analysis &gt; Uncertainty varies the weights).</translation>
    </message>
    <message>
        <source>Providers respond to payment only through the factors of provider response (avoided, shorter, cheaper or induced admissions, referrals): they do not select patients, code cases into richer DRG groups or shift costs to patients.</source>
        <translation>Providers respond to payment only through the factors of provider response (avoided, shorter, cheaper or induced admissions, referrals): they do not select patients, code cases into richer DRG groups or shift costs to patients.</translation>
    </message>
    <message>
        <source>Incomes are assumed to grow with prices: patients weigh out-of-pocket costs at start-year prices.</source>
        <translation>Incomes are assumed to grow with prices: patients weigh out-of-pocket costs at start-year prices.</translation>
    </message>
    <message>
        <source>How often people seek care does not depend on price, distance or waiting; these only move where they go.</source>
        <translation>How often people seek care does not depend on price, distance or waiting; these only move where they go.</translation>
    </message>
    <message>
        <source>The queue is expected from last month&apos;s patients: in the month after a posting ends, the host can lose a few patients to neighbours whose queues the posting had shortened.</source>
        <translation>The queue is expected from last month&apos;s patients: in the month after a posting ends, the host can lose a few patients to neighbours whose queues the posting had shortened.</translation>
    </message>
    <message>
        <source>Hospitals outside the county never queue, and staff neither leave nor tire: postings happen as planned.</source>
        <translation>Hospitals outside the county never queue, and staff neither leave nor tire: postings happen as planned.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>on or off</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1. Help &gt; Model Notes gives each one&apos;s meaning, default, range and source.</source>
        <translation>%1. Help &gt; Model Notes gives each one&apos;s meaning, default, range and source.</translation>
    </message>
    <message>
        <source>Model notes</source>
        <translation>Model notes</translation>
    </message>
    <message>
        <source>What CountyCare computes, in words; every parameter with its meaning, default, range and the source of the default; and what the model leaves out. The parameters are listed from the same table the program and the project file use.</source>
        <translation>What CountyCare computes, in words; every parameter with its meaning, default, range and the source of the default; and what the model leaves out. The parameters are listed from the same table the program and the project file use.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation>What the model leaves out</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameters:</translation>
    </message>
    <message>
        <source>Payment policy parameters can change from a month on (Payment Policy dock, Policy Schedule); model settings hold for the whole project. The key is the name in the project file and on the command line.</source>
        <translation>Payment policy parameters can change from a month on (Payment Policy dock, Policy Schedule); model settings hold for the whole project. The key is the name in the project file and on the command line.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>Source of the default</translation>
    </message>
</context>
<context>
    <name>cc::ModelNotesDialog</name>
    <message>
        <source>Model Notes</source>
        <translation>Model Notes</translation>
    </message>
</context>
<context>
    <name>cc::MonthLabels</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>cc::MonthPlayer</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Play the months</source>
        <translation>Play the months</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>The month shown by the cursor on the charts</source>
        <translation>The month shown by the cursor on the charts</translation>
    </message>
    <message>
        <source>The month shown (year-month)</source>
        <translation>The month shown (year-month)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>cc::MonthSlider</name>
    <message>
        <source>Month shown on the map</source>
        <translation>Month shown on the map</translation>
    </message>
    <message>
        <source>The simulated month the map overlays show (PgUp/PgDn: a year)</source>
        <translation>The simulated month the map overlays show (PgUp/PgDn: a year)</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>no results</translation>
    </message>
</context>
<context>
    <name>cc::NeedView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Township centres</source>
        <translation>Township centres</translation>
    </message>
    <message>
        <source>County hospitals</source>
        <translation>County hospitals</translation>
    </message>
    <message>
        <source>All in-county facilities</source>
        <translation>All in-county facilities</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Needed (FTE)</source>
        <translation>Needed (FTE)</translation>
    </message>
    <message>
        <source>Posted (FTE)</source>
        <translation>Posted (FTE)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>GPs</source>
        <translation>GPs</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Public health</translation>
    </message>
    <message>
        <source>WISN: FTE needed = simulated workload (episodes x staff minutes) / available working time per FTE. Red: fewer posted than needed.</source>
        <translation>WISN: FTE needed = simulated workload (episodes x staff minutes) / available working time per FTE. Red: fewer posted than needed.</translation>
    </message>
    <message numerus="yes">
        <source>Needed %1 FTE, posted %2 FTE; %n facilities short</source>
        <translation>
            <numerusform>Needed %1 FTE, posted %2 FTE; %n facility short</numerusform>
            <numerusform>Needed %1 FTE, posted %2 FTE; %n facilities short</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the simulation to see the workload.</source>
        <translation>Run the simulation to see the workload.</translation>
    </message>
    <message>
        <source>Posted, short of need</source>
        <translation>Posted, short of need</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
</context>
<context>
    <name>cc::ParameterEditor</name>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default: %3. Source: %4&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default: %3. Source: %4&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cc::ParameterSection</name>
    <message>
        <source>Hide the parameters of %1</source>
        <translation>Hide the parameters of %1</translation>
    </message>
    <message>
        <source>Show the parameters of %1</source>
        <translation>Show the parameters of %1</translation>
    </message>
</context>
<context>
    <name>cc::Parameters</name>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 must be a finite number.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 must be between %2 and %3 (got %4).</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got %2).</source>
        <translation>%1 must be a whole number (got %2).</translation>
    </message>
    <message>
        <source>Insurance revenue</source>
        <translation>Insurance revenue</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Reimbursement</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>Global budget</translation>
    </message>
    <message>
        <source>DRG points</source>
        <translation>DRG points</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>Capitation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Patient choice</source>
        <translation>Patient choice</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Calibration targets</source>
        <translation>Calibration targets</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Insured share of residents</source>
        <translation>Insured share of residents</translation>
    </message>
    <message>
        <source>Share of residents enrolled in the urban-rural resident medical insurance (城乡居民医保参保率).</source>
        <translation>Share of residents enrolled in the urban-rural resident medical insurance (城乡居民医保参保率).</translation>
    </message>
    <message>
        <source>Fiscal subsidy per insured</source>
        <translation>Fiscal subsidy per insured</translation>
    </message>
    <message>
        <source>Government subsidy per insured resident per year (财政补助).</source>
        <translation>Government subsidy per insured resident per year (财政补助).</translation>
    </message>
    <message>
        <source>Personal premium per insured</source>
        <translation>Personal premium per insured</translation>
    </message>
    <message>
        <source>Premium paid by each insured resident per year (个人缴费).</source>
        <translation>Premium paid by each insured resident per year (个人缴费).</translation>
    </message>
    <message>
        <source>Outpatient deductible, village clinic</source>
        <translation>Outpatient deductible, village clinic</translation>
    </message>
    <message>
        <source>Amount per visit the patient pays before insurance pays (起付线).</source>
        <translation>Amount per visit the patient pays before insurance pays (起付线).</translation>
    </message>
    <message>
        <source>Outpatient deductible, township centre</source>
        <translation>Outpatient deductible, township centre</translation>
    </message>
    <message>
        <source>Outpatient deductible, county hospital</source>
        <translation>Outpatient deductible, county hospital</translation>
    </message>
    <message>
        <source>Outpatient deductible, city hospital</source>
        <translation>Outpatient deductible, city hospital</translation>
    </message>
    <message>
        <source>Outpatient deductible, provincial hospital</source>
        <translation>Outpatient deductible, provincial hospital</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, village clinic</source>
        <translation>Outpatient reimbursement, village clinic</translation>
    </message>
    <message>
        <source>Share of in-scope cost above the deductible that insurance pays (报销比例).</source>
        <translation>Share of in-scope cost above the deductible that insurance pays (报销比例).</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, township centre</source>
        <translation>Outpatient reimbursement, township centre</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, county hospital</source>
        <translation>Outpatient reimbursement, county hospital</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, city hospital</source>
        <translation>Outpatient reimbursement, city hospital</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, provincial hospital</source>
        <translation>Outpatient reimbursement, provincial hospital</translation>
    </message>
    <message>
        <source>Inpatient deductible, village clinic</source>
        <translation>Inpatient deductible, village clinic</translation>
    </message>
    <message>
        <source>Amount per admission the patient pays before insurance pays (起付线).</source>
        <translation>Amount per admission the patient pays before insurance pays (起付线).</translation>
    </message>
    <message>
        <source>Inpatient deductible, township centre</source>
        <translation>Inpatient deductible, township centre</translation>
    </message>
    <message>
        <source>Inpatient deductible, county hospital</source>
        <translation>Inpatient deductible, county hospital</translation>
    </message>
    <message>
        <source>Inpatient deductible, city hospital</source>
        <translation>Inpatient deductible, city hospital</translation>
    </message>
    <message>
        <source>Inpatient deductible, provincial hospital</source>
        <translation>Inpatient deductible, provincial hospital</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, village clinic</source>
        <translation>Inpatient reimbursement, village clinic</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, township centre</source>
        <translation>Inpatient reimbursement, township centre</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, county hospital</source>
        <translation>Inpatient reimbursement, county hospital</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, city hospital</source>
        <translation>Inpatient reimbursement, city hospital</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, provincial hospital</source>
        <translation>Inpatient reimbursement, provincial hospital</translation>
    </message>
    <message>
        <source>In-scope share of cost</source>
        <translation>In-scope share of cost</translation>
    </message>
    <message>
        <source>Share of an episode&apos;s cost that falls inside the insurance catalogue (政策范围内费用占比).</source>
        <translation>Share of an episode&apos;s cost that falls inside the insurance catalogue (政策范围内费用占比).</translation>
    </message>
    <message>
        <source>Cut without referral</source>
        <translation>Cut without referral</translation>
    </message>
    <message>
        <source>Reimbursement ratio points lost for out-of-county care without a referral (未转诊降低报销比例).</source>
        <translation>Reimbursement ratio points lost for out-of-county care without a referral (未转诊降低报销比例).</translation>
    </message>
    <message>
        <source>Referred share of out-of-county care</source>
        <translation>Referred share of out-of-county care</translation>
    </message>
    <message>
        <source>Share of out-of-county episodes that come with a formal referral (转诊备案).</source>
        <translation>Share of out-of-county episodes that come with a formal referral (转诊备案).</translation>
    </message>
    <message>
        <source>The alliance receives one prepaid budget and pays its residents&apos; claims everywhere (医保总额付费).</source>
        <translation>The alliance receives one prepaid budget and pays its residents&apos; claims everywhere (医保总额付费).</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Budget share</translation>
    </message>
    <message>
        <source>Critical illness share</source>
        <translation>Critical illness share</translation>
    </message>
    <message>
        <source>Risk reserve share</source>
        <translation>Risk reserve share</translation>
    </message>
    <message>
        <source>Monthly prepayment share</source>
        <translation>Monthly prepayment share</translation>
    </message>
    <message>
        <source>Share of the monthly budget prepaid to the alliance (按月预拨); the rest is settled at year end.</source>
        <translation>Share of the monthly budget prepaid to the alliance (按月预拨); the rest is settled at year end.</translation>
    </message>
    <message>
        <source>Surplus retention</source>
        <translation>Surplus retention</translation>
    </message>
    <message>
        <source>Share of a year-end surplus the alliance keeps (结余留用).</source>
        <translation>Share of a year-end surplus the alliance keeps (结余留用).</translation>
    </message>
    <message>
        <source>Overrun sharing</source>
        <translation>Overrun sharing</translation>
    </message>
    <message>
        <source>Share of a year-end overrun the fund covers within the band (超支分担).</source>
        <translation>Share of a year-end overrun the fund covers within the band (超支分担).</translation>
    </message>
    <message>
        <source>Overrun sharing band</source>
        <translation>Overrun sharing band</translation>
    </message>
    <message>
        <source>The fund shares an overrun only up to this share of the budget; beyond it the alliance bears all.</source>
        <translation>The fund shares an overrun only up to this share of the budget; beyond it the alliance bears all.</translation>
    </message>
    <message>
        <source>DRG point payment</source>
        <translation>DRG point payment</translation>
    </message>
    <message>
        <source>Pay in-county admissions by DRG points instead of by item (DRG点数法).</source>
        <translation>Pay in-county admissions by DRG points instead of by item (DRG点数法).</translation>
    </message>
    <message>
        <source>Floating point value</source>
        <translation>Floating point value</translation>
    </message>
    <message>
        <source>Point value = the year&apos;s DRG budget / total points (浮动点值); otherwise a fixed value per point.</source>
        <translation>Point value = the year&apos;s DRG budget / total points (浮动点值); otherwise a fixed value per point.</translation>
    </message>
    <message>
        <source>Fixed point value</source>
        <translation>Fixed point value</translation>
    </message>
    <message>
        <source>Yuan paid per DRG point when the point value is fixed.</source>
        <translation>Yuan paid per DRG point when the point value is fixed.</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>Base points</translation>
    </message>
    <message>
        <source>Points of a group with relative weight 1.0 (基准点数).</source>
        <translation>Points of a group with relative weight 1.0 (基准点数).</translation>
    </message>
    <message>
        <source>Hospital coefficient, township centre</source>
        <translation>Hospital coefficient, township centre</translation>
    </message>
    <message>
        <source>Multiplier of points for township centres (医院系数).</source>
        <translation>Multiplier of points for township centres (医院系数).</translation>
    </message>
    <message>
        <source>Hospital coefficient, county hospital</source>
        <translation>Hospital coefficient, county hospital</translation>
    </message>
    <message>
        <source>Multiplier of points for county hospitals (医院系数).</source>
        <translation>Multiplier of points for county hospitals (医院系数).</translation>
    </message>
    <message>
        <source>Capitation for signed residents</source>
        <translation>Capitation for signed residents</translation>
    </message>
    <message>
        <source>Pay the alliance per signed resident for outpatient care instead of per visit (按人头付费).</source>
        <translation>Pay the alliance per signed resident for outpatient care instead of per visit (按人头付费).</translation>
    </message>
    <message>
        <source>Capitation per signed resident</source>
        <translation>Capitation per signed resident</translation>
    </message>
    <message>
        <source>Yuan per signed resident per year for their outpatient care.</source>
        <translation>Yuan per signed resident per year for their outpatient care.</translation>
    </message>
    <message>
        <source>Family-doctor signing target</source>
        <translation>Family-doctor signing target</translation>
    </message>
    <message>
        <source>Share of residents signed with a family doctor once the programme has ramped up (家庭医生签约率).</source>
        <translation>Share of residents signed with a family doctor once the programme has ramped up (家庭医生签约率).</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Signing ramp-up</source>
        <translation>Signing ramp-up</translation>
    </message>
    <message>
        <source>Months over which the signing share moves from its starting value to the target.</source>
        <translation>Months over which the signing share moves from its starting value to the target.</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Start month</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Number of months simulated.</source>
        <translation>Number of months simulated.</translation>
    </message>
    <message>
        <source>Preference for in-county care</source>
        <translation>Preference for in-county care</translation>
    </message>
    <message>
        <source>Family-doctor loyalty</source>
        <translation>Family-doctor loyalty</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>Congestion aversion</translation>
    </message>
    <message>
        <source>Effect of a junior doctor</source>
        <translation>Effect of a junior doctor</translation>
    </message>
    <message>
        <source>Share of a senior doctor&apos;s effect on capability that a junior doctor has.</source>
        <translation>Share of a senior doctor&apos;s effect on capability that a junior doctor has.</translation>
    </message>
    <message>
        <source>Effect of an intermediate doctor</source>
        <translation>Effect of an intermediate doctor</translation>
    </message>
    <message>
        <source>Share of a senior doctor&apos;s effect on capability that an intermediate doctor has.</source>
        <translation>Share of a senior doctor&apos;s effect on capability that an intermediate doctor has.</translation>
    </message>
    <message>
        <source>Effect of a senior doctor</source>
        <translation>Effect of a senior doctor</translation>
    </message>
    <message>
        <source>Effect on capability of a senior doctor (reference 1.0).</source>
        <translation>Effect on capability of a senior doctor (reference 1.0).</translation>
    </message>
    <message>
        <source>Detour factor</source>
        <translation>Detour factor</translation>
    </message>
    <message>
        <source>Road distance / straight-line distance where no road is drawn.</source>
        <translation>Road distance / straight-line distance where no road is drawn.</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <source>Speed off the road network</source>
        <translation>Speed off the road network</translation>
    </message>
    <message>
        <source>Average speed assumed where no road is drawn.</source>
        <translation>Average speed assumed where no road is drawn.</translation>
    </message>
    <message>
        <source>Village clinics considered</source>
        <translation>Village clinics considered</translation>
    </message>
    <message>
        <source>Nearest village clinics each settlement considers.</source>
        <translation>Nearest village clinics each settlement considers.</translation>
    </message>
    <message>
        <source>Township centres considered</source>
        <translation>Township centres considered</translation>
    </message>
    <message>
        <source>Nearest township centres each settlement considers.</source>
        <translation>Nearest township centres each settlement considers.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Available working time</source>
        <translation>Available working time</translation>
    </message>
    <message>
        <source>Hours per full-time post per year (WISN available working time).</source>
        <translation>Hours per full-time post per year (WISN available working time).</translation>
    </message>
    <message>
        <source>Learning retention</source>
        <translation>Learning retention</translation>
    </message>
    <message>
        <source>Share of a posting&apos;s effect on capability that stays after it ends.</source>
        <translation>Share of a posting&apos;s effect on capability that stays after it ends.</translation>
    </message>
    <message>
        <source>Congestion feedback</source>
        <translation>Congestion feedback</translation>
    </message>
    <message>
        <source>Overloaded facilities lose patients the next month.</source>
        <translation>Overloaded facilities lose patients the next month.</translation>
    </message>
    <message>
        <source>Fund balance at start</source>
        <translation>Fund balance at start</translation>
    </message>
    <message>
        <source>Stated in-county treatment rate</source>
        <translation>Stated in-county treatment rate</translation>
    </message>
    <message>
        <source>County&apos;s starting in-county treatment rate (县域就诊率) the model is calibrated to.</source>
        <translation>County&apos;s starting in-county treatment rate (县域就诊率) the model is calibrated to.</translation>
    </message>
    <message>
        <source>Stated in-county inpatient share</source>
        <translation>Stated in-county inpatient share</translation>
    </message>
    <message>
        <source>County&apos;s starting in-county inpatient share (县域内住院人次占比).</source>
        <translation>County&apos;s starting in-county inpatient share (县域内住院人次占比).</translation>
    </message>
    <message>
        <source>Stated grassroots share</source>
        <translation>Stated grassroots share</translation>
    </message>
    <message>
        <source>County&apos;s starting grassroots share of outpatient visits (基层诊疗量占比).</source>
        <translation>County&apos;s starting grassroots share of outpatient visits (基层诊疗量占比).</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Range of the in-county preference</source>
        <translation>Range of the in-county preference</translation>
    </message>
    <message>
        <source>Range of the family-doctor loyalty</source>
        <translation>Range of the family-doctor loyalty</translation>
    </message>
    <message>
        <source>Range of the congestion aversion</source>
        <translation>Range of the congestion aversion</translation>
    </message>
    <message>
        <source>Range of the cost sensitivity</source>
        <translation>Range of the cost sensitivity</translation>
    </message>
    <message>
        <source>Range of the travel-time sensitivity</source>
        <translation>Range of the travel-time sensitivity</translation>
    </message>
    <message>
        <source>Range of the quality preference</source>
        <translation>Range of the quality preference</translation>
    </message>
    <message>
        <source>Range of the outpatient visit rate</source>
        <translation>Range of the outpatient visit rate</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the outpatient visits per person per year.</source>
        <translation>Relative half-width of the uncertainty range of the outpatient visits per person per year.</translation>
    </message>
    <message>
        <source>Range of the admission rate</source>
        <translation>Range of the admission rate</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the admissions per person per year.</source>
        <translation>Relative half-width of the uncertainty range of the admissions per person per year.</translation>
    </message>
    <message>
        <source>Monte Carlo draws</source>
        <translation>Monte Carlo draws</translation>
    </message>
    <message>
        <source>Number of Latin hypercube draws of a Monte Carlo run.</source>
        <translation>Number of Latin hypercube draws of a Monte Carlo run.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Seed of the Latin hypercube sample; the same seed gives the same bands.</source>
        <translation>Seed of the Latin hypercube sample; the same seed gives the same bands.</translation>
    </message>
    <message>
        <source>Rule: FTE per person</source>
        <translation>Rule: FTE per person</translation>
    </message>
    <message>
        <source>What happens when one person&apos;s postings add up to more than the FTE limit in a month: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>What happens when one person&apos;s postings add up to more than the FTE limit in a month: 0 off, 1 warn, 2 refuse the edit.</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>FTE limit per person</source>
        <translation>FTE limit per person</translation>
    </message>
    <message>
        <source>Largest total FTE one person may be posted at in any month.</source>
        <translation>Largest total FTE one person may be posted at in any month.</translation>
    </message>
    <message>
        <source>Rule: minimum posting length</source>
        <translation>Rule: minimum posting length</translation>
    </message>
    <message>
        <source>What happens when a posting to a township centre or village clinic is shorter than the minimum: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>What happens when a posting to a township centre or village clinic is shorter than the minimum: 0 off, 1 warn, 2 refuse the edit.</translation>
    </message>
    <message>
        <source>Minimum grassroots posting</source>
        <translation>Minimum grassroots posting</translation>
    </message>
    <message>
        <source>Shortest posting to a grassroots facility that counts (national monitoring counts postings of 6 months or more).</source>
        <translation>Shortest posting to a grassroots facility that counts (national monitoring counts postings of 6 months or more).</translation>
    </message>
    <message>
        <source>Rule: township minimum staff</source>
        <translation>Rule: township minimum staff</translation>
    </message>
    <message>
        <source>What happens when a township centre falls below its minimum staff in a month: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>What happens when a township centre falls below its minimum staff in a month: 0 off, 1 warn, 2 refuse the edit.</translation>
    </message>
    <message>
        <source>Township centre minimum posts</source>
        <translation>Township centre minimum posts</translation>
    </message>
    <message>
        <source>Staff (FTE present, all roles) every township centre keeps in every month.</source>
        <translation>Staff (FTE present, all roles) every township centre keeps in every month.</translation>
    </message>
    <message>
        <source>per 10,000</source>
        <translation>per 10,000</translation>
    </message>
    <message>
        <source>GP norm</source>
        <translation>GP norm</translation>
    </message>
    <message>
        <source>General practitioners (FTE present) a township centre keeps per 10,000 residents of its township.</source>
        <translation>General practitioners (FTE present) a township centre keeps per 10,000 residents of its township.</translation>
    </message>
    <message>
        <source>Rule: grassroots service for promotion</source>
        <translation>Rule: grassroots service for promotion</translation>
    </message>
    <message>
        <source>What happens when an intermediate-title doctor of a county hospital has less grassroots service than promotion needs: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>What happens when an intermediate-title doctor of a county hospital has less grassroots service than promotion needs: 0 off, 1 warn, 2 refuse the edit.</translation>
    </message>
    <message>
        <source>Grassroots service before promotion</source>
        <translation>Grassroots service before promotion</translation>
    </message>
    <message>
        <source>Months of grassroots service a doctor needs before promotion to associate chief physician (晋升副主任医师前基层服务).</source>
        <translation>Months of grassroots service a doctor needs before promotion to associate chief physician (晋升副主任医师前基层服务).</translation>
    </message>
    <message>
        <source>Annual pay, junior title</source>
        <translation>Annual pay, junior title</translation>
    </message>
    <message>
        <source>Yearly pay assumed for a junior-title staff member whose own pay is not entered.</source>
        <translation>Yearly pay assumed for a junior-title staff member whose own pay is not entered.</translation>
    </message>
    <message>
        <source>Annual pay, intermediate title</source>
        <translation>Annual pay, intermediate title</translation>
    </message>
    <message>
        <source>Yearly pay assumed for an intermediate-title staff member whose own pay is not entered.</source>
        <translation>Yearly pay assumed for an intermediate-title staff member whose own pay is not entered.</translation>
    </message>
    <message>
        <source>Annual pay, senior title</source>
        <translation>Annual pay, senior title</translation>
    </message>
    <message>
        <source>Yearly pay assumed for a senior-title staff member whose own pay is not entered.</source>
        <translation>Yearly pay assumed for a senior-title staff member whose own pay is not entered.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Provider response</source>
        <translation>Provider response</translation>
    </message>
    <message>
        <source>Two-way referral</source>
        <translation>Two-way referral</translation>
    </message>
    <message>
        <source>Yearly growth of subsidy and premium</source>
        <translation>Yearly growth of subsidy and premium</translation>
    </message>
    <message>
        <source>The subsidy and premium entered are the first year&apos;s; each later calendar year grows them by this share (筹资增长).</source>
        <translation>The subsidy and premium entered are the first year&apos;s; each later calendar year grows them by this share (筹资增长).</translation>
    </message>
    <message>
        <source>Share of the budget base (revenue, or last year&apos;s spending with growth) handed to the alliance as its global budget.</source>
        <translation>Share of the budget base (revenue, or last year&apos;s spending with growth) handed to the alliance as its global budget.</translation>
    </message>
    <message>
        <source>Share of revenue set aside for critical illness insurance (大病保险) before a revenue-based budget.</source>
        <translation>Share of revenue set aside for critical illness insurance (大病保险) before a revenue-based budget.</translation>
    </message>
    <message>
        <source>Share of revenue the fund keeps as a risk reserve (风险调剂金) before a revenue-based budget.</source>
        <translation>Share of revenue the fund keeps as a risk reserve (风险调剂金) before a revenue-based budget.</translation>
    </message>
    <message>
        <source>How the budget is set</source>
        <translation>How the budget is set</translation>
    </message>
    <message>
        <source>1: last year&apos;s actual spending on the alliance&apos;s residents times the growth coefficient (按上年实际支出核定); 0: a share of revenue after the critical-illness and reserve shares (以收定支).</source>
        <translation>1: last year&apos;s actual spending on the alliance&apos;s residents times the growth coefficient (按上年实际支出核定); 0: a share of revenue after the critical-illness and reserve shares (以收定支).</translation>
    </message>
    <message>
        <source>Budget growth coefficient</source>
        <translation>Budget growth coefficient</translation>
    </message>
    <message>
        <source>Yearly growth added to last year&apos;s spending when the budget is set from spending (增长系数).</source>
        <translation>Yearly growth added to last year&apos;s spending when the budget is set from spending (增长系数).</translation>
    </message>
    <message>
        <source>Turnover fund</source>
        <translation>Turnover fund</translation>
    </message>
    <message>
        <source>Months of prepayment advanced to the alliance at the start of each budget year and recovered at its settlement (周转金).</source>
        <translation>Months of prepayment advanced to the alliance at the start of each budget year and recovered at its settlement (周转金).</translation>
    </message>
    <message>
        <source>High-cost threshold per admission</source>
        <translation>High-cost threshold per admission</translation>
    </message>
    <message>
        <source>The fund pays the part of an admission&apos;s claim above this cost from the critical-illness carve-out, outside the alliance&apos;s budget (大病、高额费用单列).</source>
        <translation>The fund pays the part of an admission&apos;s claim above this cost from the critical-illness carve-out, outside the alliance&apos;s budget (大病、高额费用单列).</translation>
    </message>
    <message>
        <source>Bed-day payment for recovery at a township centre</source>
        <translation>Bed-day payment for recovery at a township centre</translation>
    </message>
    <message>
        <source>Yuan per bed-day paid for the recovery days of county-hospital patients referred down to a township centre (按床日付费).</source>
        <translation>Yuan per bed-day paid for the recovery days of county-hospital patients referred down to a township centre (按床日付费).</translation>
    </message>
    <message>
        <source>Queue carried over</source>
        <translation>Queue carried over</translation>
    </message>
    <message>
        <source>Share of last month&apos;s queue carried into this month; 0: patients expect the queue at which this month&apos;s demand and capacity settle.</source>
        <translation>Share of last month&apos;s queue carried into this month; 0: patients expect the queue at which this month&apos;s demand and capacity settle.</translation>
    </message>
    <message>
        <source>Range of the avoided admissions</source>
        <translation>Range of the avoided admissions</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share of avoidable admissions prevented.</source>
        <translation>Relative half-width of the uncertainty range of the share of avoidable admissions prevented.</translation>
    </message>
    <message>
        <source>Range of the capitation incentive</source>
        <translation>Range of the capitation incentive</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the incentive capitation gives.</source>
        <translation>Relative half-width of the uncertainty range of the incentive capitation gives.</translation>
    </message>
    <message>
        <source>Range of the shorter stays</source>
        <translation>Range of the shorter stays</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the fall in length of stay.</source>
        <translation>Relative half-width of the uncertainty range of the fall in length of stay.</translation>
    </message>
    <message>
        <source>Range of the cheaper admissions</source>
        <translation>Range of the cheaper admissions</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the fall in cost per admission.</source>
        <translation>Relative half-width of the uncertainty range of the fall in cost per admission.</translation>
    </message>
    <message>
        <source>Range of the referrals up</source>
        <translation>Range of the referrals up</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share referred up through the alliance.</source>
        <translation>Relative half-width of the uncertainty range of the share referred up through the alliance.</translation>
    </message>
    <message>
        <source>Range of the referrals down</source>
        <translation>Range of the referrals down</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share referred down for recovery.</source>
        <translation>Relative half-width of the uncertainty range of the share referred down for recovery.</translation>
    </message>
    <message>
        <source>Yearly growth of outpatient prices</source>
        <translation>Yearly growth of outpatient prices</translation>
    </message>
    <message>
        <source>Cost per outpatient visit grows by this share each calendar year (patients choose on prices relative to this growth).</source>
        <translation>Cost per outpatient visit grows by this share each calendar year (patients choose on prices relative to this growth).</translation>
    </message>
    <message>
        <source>Yearly growth of inpatient prices</source>
        <translation>Yearly growth of inpatient prices</translation>
    </message>
    <message>
        <source>Cost per admission grows by this share each calendar year.</source>
        <translation>Cost per admission grows by this share each calendar year.</translation>
    </message>
    <message>
        <source>Yearly growth of visits per person</source>
        <translation>Yearly growth of visits per person</translation>
    </message>
    <message>
        <source>Outpatient visits per person grow by this share each calendar year.</source>
        <translation>Outpatient visits per person grow by this share each calendar year.</translation>
    </message>
    <message>
        <source>Yearly growth of admissions per person</source>
        <translation>Yearly growth of admissions per person</translation>
    </message>
    <message>
        <source>Admissions per person grow by this share each calendar year.</source>
        <translation>Admissions per person grow by this share each calendar year.</translation>
    </message>
    <message>
        <source>Bed occupancy at capacity</source>
        <translation>Bed occupancy at capacity</translation>
    </message>
    <message>
        <source>Share of bed-days a facility fills before admissions start to queue (病床使用率).</source>
        <translation>Share of bed-days a facility fills before admissions start to queue (病床使用率).</translation>
    </message>
    <message>
        <source>Ward time of a GP</source>
        <translation>Ward time of a GP</translation>
    </message>
    <message>
        <source>Share of a general practitioner&apos;s time on the wards (the rest: outpatients).</source>
        <translation>Share of a general practitioner&apos;s time on the wards (the rest: outpatients).</translation>
    </message>
    <message>
        <source>Ward time of a specialist</source>
        <translation>Ward time of a specialist</translation>
    </message>
    <message>
        <source>Share of a specialist&apos;s time on the wards (the rest: outpatients).</source>
        <translation>Share of a specialist&apos;s time on the wards (the rest: outpatients).</translation>
    </message>
    <message>
        <source>Ward time of a nurse</source>
        <translation>Ward time of a nurse</translation>
    </message>
    <message>
        <source>Share of a nurse&apos;s time on the wards (the rest: outpatients).</source>
        <translation>Share of a nurse&apos;s time on the wards (the rest: outpatients).</translation>
    </message>
    <message>
        <source>Ward time of public-health staff</source>
        <translation>Ward time of public-health staff</translation>
    </message>
    <message>
        <source>Share of a public-health worker&apos;s time on the wards (the rest: outpatient and chronic-disease follow-up).</source>
        <translation>Share of a public-health worker&apos;s time on the wards (the rest: outpatient and chronic-disease follow-up).</translation>
    </message>
    <message>
        <source>Spread of admission costs</source>
        <translation>Spread of admission costs</translation>
    </message>
    <message>
        <source>Coefficient of variation of one admission&apos;s cost around its line&apos;s average (lognormal); sets how much lies above the high-cost threshold.</source>
        <translation>Coefficient of variation of one admission&apos;s cost around its line&apos;s average (lognormal); sets how much lies above the high-cost threshold.</translation>
    </message>
    <message>
        <source>Effective reimbursement scale</source>
        <translation>Effective reimbursement scale</translation>
    </message>
    <message>
        <source>Multiplies what the fund pays per episode under the reimbursement schedule (patients pay the rest); fitted by calibration when the claims-to-revenue ratio is stated, otherwise 1.</source>
        <translation>Multiplies what the fund pays per episode under the reimbursement schedule (patients pay the rest); fitted by calibration when the claims-to-revenue ratio is stated, otherwise 1.</translation>
    </message>
    <message>
        <source>Stated claims-to-revenue ratio</source>
        <translation>Stated claims-to-revenue ratio</translation>
    </message>
    <message>
        <source>The fund&apos;s spending on residents&apos; care over its revenue in the first year (基金支出/收入); 0: not stated.</source>
        <translation>The fund&apos;s spending on residents&apos; care over its revenue in the first year (基金支出/收入); 0: not stated.</translation>
    </message>
    <message>
        <source>Weight of facility size</source>
        <translation>Weight of facility size</translation>
    </message>
    <message>
        <source>Utility per unit of the logarithm of an in-county facility&apos;s size: its outpatient staff for visits, its beds for admissions. 1: twice the size draws twice the patients, other things equal.</source>
        <translation>Utility per unit of the logarithm of an in-county facility&apos;s size: its outpatient staff for visits, its beds for admissions. 1: twice the size draws twice the patients, other things equal.</translation>
    </message>
    <message>
        <source>Avoidable admissions prevented</source>
        <translation>Avoidable admissions prevented</translation>
    </message>
    <message>
        <source>Share of signed residents&apos; avoidable (ambulatory-care-sensitive) admissions the alliance&apos;s health management prevents at full incentive; the avoided admissions become chronic-care visits at village clinics and township centres.</source>
        <translation>Share of signed residents&apos; avoidable (ambulatory-care-sensitive) admissions the alliance&apos;s health management prevents at full incentive; the avoided admissions become chronic-care visits at village clinics and township centres.</translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>Incentive of capitation</translation>
    </message>
    <message>
        <source>What capitation for signed residents alone gives the family-doctor teams of a yuan of care avoided (the global budget adds its own incentive).</source>
        <translation>What capitation for signed residents alone gives the family-doctor teams of a yuan of care avoided (the global budget adds its own incentive).</translation>
    </message>
    <message>
        <source>Response ramp-up</source>
        <translation>Response ramp-up</translation>
    </message>
    <message>
        <source>Months over which providers&apos; response grows to its full size after a global budget, DRG points or capitation start.</source>
        <translation>Months over which providers&apos; response grows to its full size after a global budget, DRG points or capitation start.</translation>
    </message>
    <message>
        <source>Shorter stays under DRG or a budget</source>
        <translation>Shorter stays under DRG or a budget</translation>
    </message>
    <message>
        <source>Share by which the township centres&apos; and county hospitals&apos; length of stay falls under DRG points or a global budget, at full response.</source>
        <translation>Share by which the township centres&apos; and county hospitals&apos; length of stay falls under DRG points or a global budget, at full response.</translation>
    </message>
    <message>
        <source>Cheaper admissions under DRG or a budget</source>
        <translation>Cheaper admissions under DRG or a budget</translation>
    </message>
    <message>
        <source>Share by which the cost per admission at township centres and county hospitals falls under DRG points or a global budget, at full response.</source>
        <translation>Share by which the cost per admission at township centres and county hospitals falls under DRG points or a global budget, at full response.</translation>
    </message>
    <message>
        <source>Visits per avoided admission</source>
        <translation>Visits per avoided admission</translation>
    </message>
    <message>
        <source>Chronic-care visits at village clinics and township centres that replace one avoided admission.</source>
        <translation>Chronic-care visits at village clinics and township centres that replace one avoided admission.</translation>
    </message>
    <message>
        <source>Referred up through the alliance</source>
        <translation>Referred up through the alliance</translation>
    </message>
    <message>
        <source>Share of admissions beyond what the home township centre treats that the alliance refers up (to the county hospital or, with a referral that keeps its reimbursement, out of the county), once the budget is shared and the response has ramped up.</source>
        <translation>Share of admissions beyond what the home township centre treats that the alliance refers up (to the county hospital or, with a referral that keeps its reimbursement, out of the county), once the budget is shared and the response has ramped up.</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>Referred down for recovery</translation>
    </message>
    <message>
        <source>Share of county-hospital admissions whose recovery days move to the home township centre&apos;s beds, once the budget is shared and the response has ramped up.</source>
        <translation>Share of county-hospital admissions whose recovery days move to the home township centre&apos;s beds, once the budget is shared and the response has ramped up.</translation>
    </message>
    <message>
        <source>Recovery part of a stay</source>
        <translation>Recovery part of a stay</translation>
    </message>
    <message>
        <source>Share of a county-hospital stay that is recovery or rehabilitation and can move to a township bed.</source>
        <translation>Share of a county-hospital stay that is recovery or rehabilitation and can move to a township bed.</translation>
    </message>
    <message>
        <source>Recovery part of the cost</source>
        <translation>Recovery part of the cost</translation>
    </message>
    <message>
        <source>Share of a county-hospital admission&apos;s cost spent in its recovery days (acute care costs most).</source>
        <translation>Share of a county-hospital admission&apos;s cost spent in its recovery days (acute care costs most).</translation>
    </message>
    <message>
        <source>CountyCare DESIGN.md default (editable assumption)</source>
        <translation>CountyCare DESIGN.md default (editable assumption)</translation>
    </message>
    <message>
        <source>NHSA/MOF/STA notice on 2024 resident medical insurance: fiscal subsidy +30 to 670 yuan, personal premium +20 to 400 yuan per person</source>
        <translation>NHSA/MOF/STA notice on 2024 resident medical insurance: fiscal subsidy +30 to 670 yuan, personal premium +20 to 400 yuan per person</translation>
    </message>
    <message>
        <source>Typical county resident inpatient schedule (DESIGN.md): THC 100/90%, CH 300/80%, city 600/65%, province 1,000/50%</source>
        <translation>Typical county resident inpatient schedule (DESIGN.md): THC 100/90%, CH 300/80%, city 600/65%, province 1,000/50%</translation>
    </message>
    <message>
        <source>Resident general-outpatient pooling (门诊统筹): about 50% at grassroots, less higher up (NHSA guidance 2021); per-visit deductibles stand in for the annual deductible and cap, set so that fee-for-service payments roughly match revenue (editable assumption)</source>
        <translation>Resident general-outpatient pooling (门诊统筹): about 50% at grassroots, less higher up (NHSA guidance 2021); per-visit deductibles stand in for the annual deductible and cap, set so that fee-for-service payments roughly match revenue (editable assumption)</translation>
    </message>
    <message>
        <source>Assumption: published rural-China discrete-choice estimates of the same coefficient differ by roughly a third between studies and samples, so +/-30% of the prior</source>
        <translation>Assumption: published rural-China discrete-choice estimates of the same coefficient differ by roughly a third between studies and samples, so +/-30% of the prior</translation>
    </message>
    <message>
        <source>NHC statistical bulletin 2023: 6.8 outpatient visits per person nationally vs the rural default 6.0 (about 12%); admission rate about 21% vs 20%, so +/-10%</source>
        <translation>NHC statistical bulletin 2023: 6.8 outpatient visits per person nationally vs the rural default 6.0 (about 12%); admission rate about 21% vs 20%, so +/-10%</translation>
    </message>
    <message>
        <source>Ningbo Yinzhou county alliances (public reports 2020-2021): budget = last year&apos;s actual spending on the alliance&apos;s insured residents x (1 + growth), resident insurance 5% a year, employee insurance 10%; two months of prepayment advanced as a turnover fund</source>
        <translation>Ningbo Yinzhou county alliances (public reports 2020-2021): budget = last year&apos;s actual spending on the alliance&apos;s insured residents x (1 + growth), resident insurance 5% a year, employee insurance 10%; two months of prepayment advanced as a turnover fund</translation>
    </message>
    <message>
        <source>NHC statistical bulletins 2019 and 2023: hospital outpatient visit 290.8 -&gt; 361.6 yuan (+5.6% a year), admission 9,848 -&gt; 10,316 yuan (+1.2%); visits 8.72 -&gt; 9.55 billion (+2.3%), admissions 266.0 -&gt; 301.9 million (+3.2%), population nearly unchanged</source>
        <translation>NHC statistical bulletins 2019 and 2023: hospital outpatient visit 290.8 -&gt; 361.6 yuan (+5.6% a year), admission 9,848 -&gt; 10,316 yuan (+1.2%); visits 8.72 -&gt; 9.55 billion (+2.3%), admissions 266.0 -&gt; 301.9 million (+3.2%), population nearly unchanged</translation>
    </message>
    <message>
        <source>Assumption: share of a staff member&apos;s working time spent on the wards of a facility with beds (the rest in outpatient clinics and public health); facilities without beds use all time for outpatients</source>
        <translation>Assumption: share of a staff member&apos;s working time spent on the wards of a facility with beds (the rest in outpatient clinics and public health); facilities without beds use all time for outpatients</translation>
    </message>
    <message>
        <source>Assumption: the evidence behind each response default spans about half to one and a half times it (see the parameter&apos;s own source), so +/-50%</source>
        <translation>Assumption: the evidence behind each response default spans about half to one and a half times it (see the parameter&apos;s own source), so +/-50%</translation>
    </message>
    <message>
        <source>Tight county alliance global-budget practice (总额预算、结余留用、超支分担), NHC/NHSA 2023 guidance on tight county alliances</source>
        <translation>Tight county alliance global-budget practice (总额预算、结余留用、超支分担), NHC/NHSA 2023 guidance on tight county alliances</translation>
    </message>
    <message>
        <source>National resident enrolment stays above 95% (NHSA statistical bulletins 2020-2023)</source>
        <translation>National resident enrolment stays above 95% (NHSA statistical bulletins 2020-2023)</translation>
    </message>
    <message>
        <source>NHSA/MOF/STA notices: 2023 640 + 380 = 1,020 yuan, 2024 670 + 400 = 1,070 yuan per insured (+4.9%)</source>
        <translation>NHSA/MOF/STA notices: 2023 640 + 380 = 1,020 yuan, 2024 670 + 400 = 1,070 yuan per insured (+4.9%)</translation>
    </message>
    <message>
        <source>Common provincial rule: 10-20 points lower without referral (editable assumption)</source>
        <translation>Common provincial rule: 10-20 points lower without referral (editable assumption)</translation>
    </message>
    <message>
        <source>Assumption: about three times the average admission cost of 10,316 yuan (NHC 2023); critical-illness insurance thresholds are set at about 50% of per-capita disposable income (NHSA/MOF 2019)</source>
        <translation>Assumption: about three times the average admission cost of 10,316 yuan (NHC 2023); critical-illness insurance thresholds are set at about 50% of per-capita disposable income (NHSA/MOF 2019)</translation>
    </message>
    <message>
        <source>NHSA DRG/DIP payment reform three-year plan 2021-2024</source>
        <translation>NHSA DRG/DIP payment reform three-year plan 2021-2024</translation>
    </message>
    <message>
        <source>The fund&apos;s share of an average county-hospital admission, 100 points at RW 1.0: (6,425 - 300 deductible) x 0.85 in scope x 0.80 = 4,165 yuan (DESIGN.md costs and schedule)</source>
        <translation>The fund&apos;s share of an average county-hospital admission, 100 points at RW 1.0: (6,425 - 300 deductible) x 0.85 in scope x 0.80 = 4,165 yuan (DESIGN.md costs and schedule)</translation>
    </message>
    <message>
        <source>DESIGN.md: points = 100 x RW x coefficient</source>
        <translation>DESIGN.md: points = 100 x RW x coefficient</translation>
    </message>
    <message>
        <source>Family-doctor contract services guidance (NHC 2022)</source>
        <translation>Family-doctor contract services guidance (NHC 2022)</translation>
    </message>
    <message>
        <source>National family-doctor signing rate about 45% (NHC 2022 statistics)</source>
        <translation>National family-doctor signing rate about 45% (NHC 2022 statistics)</translation>
    </message>
    <message>
        <source>Assumption below the township centres&apos; average cost per bed-day (2,083 yuan / 6.7 days = about 310 yuan, NHC 2022-2023) for the lighter care of recovery</source>
        <translation>Assumption below the township centres&apos; average cost per bed-day (2,083 yuan / 6.7 days = about 310 yuan, NHC 2022-2023) for the lighter care of recovery</translation>
    </message>
    <message>
        <source>Rural-China discrete-choice priors (DESIGN.md)</source>
        <translation>Rural-China discrete-choice priors (DESIGN.md)</translation>
    </message>
    <message>
        <source>DESIGN.md: straight line x 1.4</source>
        <translation>DESIGN.md: straight line x 1.4</translation>
    </message>
    <message>
        <source>DESIGN.md: 30 km/h</source>
        <translation>DESIGN.md: 30 km/h</translation>
    </message>
    <message>
        <source>DESIGN.md candidate set</source>
        <translation>DESIGN.md candidate set</translation>
    </message>
    <message>
        <source>WHO WISN user&apos;s manual 2010; DESIGN.md 1,760 h</source>
        <translation>WHO WISN user&apos;s manual 2010; DESIGN.md 1,760 h</translation>
    </message>
    <message>
        <source>A healthy resident fund holds 6-9 months of payments (NHSA guidance)</source>
        <translation>A healthy resident fund holds 6-9 months of payments (NHSA guidance)</translation>
    </message>
    <message>
        <source>Typical pre-reform value (DESIGN.md)</source>
        <translation>Typical pre-reform value (DESIGN.md)</translation>
    </message>
    <message>
        <source>CountyCare engine (Model 2): the expected queue settles each month, so no carry-over is needed to damp month-to-month swings; editable</source>
        <translation>CountyCare engine (Model 2): the expected queue settles each month, so no carry-over is needed to damp month-to-month swings; editable</translation>
    </message>
    <message>
        <source>200 draws put the 5% and 95% quantiles within about 2 percentiles (assumption)</source>
        <translation>200 draws put the 5% and 95% quantiles within about 2 percentiles (assumption)</translation>
    </message>
    <message>
        <source>One full-time post (DESIGN.md)</source>
        <translation>One full-time post (DESIGN.md)</translation>
    </message>
    <message>
        <source>NHC 2023 guidance on county doctors serving at the grassroots: postings of 6+ months</source>
        <translation>NHC 2023 guidance on county doctors serving at the grassroots: postings of 6+ months</translation>
    </message>
    <message>
        <source>Issue 5 default: at least 5 posts (editable assumption)</source>
        <translation>Issue 5 default: at least 5 posts (editable assumption)</translation>
    </message>
    <message>
        <source>State Council General Office 2018 No. 3: 2-3 qualified GPs per 10,000 residents by 2020, 5 by 2030</source>
        <translation>State Council General Office 2018 No. 3: 2-3 qualified GPs per 10,000 residents by 2020, 5 by 2030</translation>
    </message>
    <message>
        <source>MOHRSS/NHC 2021 No. 51 on health professional titles: at least one year of grassroots service before the associate senior title</source>
        <translation>MOHRSS/NHC 2021 No. 51 on health professional titles: at least one year of grassroots service before the associate senior title</translation>
    </message>
    <message>
        <source>Editable assumption: county-hospital pay in a mountain county (same as the demo roster)</source>
        <translation>Editable assumption: county-hospital pay in a mountain county (same as the demo roster)</translation>
    </message>
    <message>
        <source>NHC statistical bulletin 2023: public hospitals&apos; bed occupancy 86.0% (all hospitals 79.4%)</source>
        <translation>NHC statistical bulletin 2023: public hospitals&apos; bed occupancy 86.0% (all hospitals 79.4%)</translation>
    </message>
    <message>
        <source>Assumption: hospital admission costs are right-skewed, coefficient of variation about 1-1.5</source>
        <translation>Assumption: hospital admission costs are right-skewed, coefficient of variation about 1-1.5</translation>
    </message>
    <message>
        <source>Calibrated (1 = the schedule as written)</source>
        <translation>Calibrated (1 = the schedule as written)</translation>
    </message>
    <message>
        <source>The county&apos;s fund accounts (0 = not used)</source>
        <translation>The county&apos;s fund accounts (0 = not used)</translation>
    </message>
    <message>
        <source>Size term of destination-choice models (Ben-Akiva and Lerman 1985, ch. 9: coefficient of log size near 1); editable assumption</source>
        <translation>Size term of destination-choice models (Ben-Akiva and Lerman 1985, ch. 9: coefficient of log size near 1); editable assumption</translation>
    </message>
    <message>
        <source>Assumption within the range of evidence that better primary care avoids 10-40% of ambulatory-care-sensitive admissions (Rosano et al., Eur J Public Health 2013, systematic review)</source>
        <translation>Assumption within the range of evidence that better primary care avoids 10-40% of ambulatory-care-sensitive admissions (Rosano et al., Eur J Public Health 2013, systematic review)</translation>
    </message>
    <message>
        <source>Assumption: capitation covers the teams&apos; outpatient care, a fraction of what a global budget covers</source>
        <translation>Assumption: capitation covers the teams&apos; outpatient care, a fraction of what a global budget covers</translation>
    </message>
    <message>
        <source>Assumption: pilot counties report effects building over the first one to three years</source>
        <translation>Assumption: pilot counties report effects building over the first one to three years</translation>
    </message>
    <message>
        <source>Assumption within the 5-15% falls in average length of stay reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022)</source>
        <translation>Assumption within the 5-15% falls in average length of stay reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022)</translation>
    </message>
    <message>
        <source>Assumption within the 5-10% falls in cost per admission reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022); NHC 2023: hospital cost per admission -5.0%</source>
        <translation>Assumption within the 5-10% falls in cost per admission reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022); NHC 2023: hospital cost per admission -5.0%</translation>
    </message>
    <message>
        <source>Optional; the size of supplier-induced demand is disputed, so the default is none</source>
        <translation>Optional; the size of supplier-induced demand is disputed, so the default is none</translation>
    </message>
    <message>
        <source>National Basic Public Health Service Standards (3rd ed., 2017): at least four follow-ups a year for hypertension and type 2 diabetes</source>
        <translation>National Basic Public Health Service Standards (3rd ed., 2017): at least four follow-ups a year for hypertension and type 2 diabetes</translation>
    </message>
    <message>
        <source>Assumption: Huidong county&apos;s three alliances referred 1,726 patients up and 754 down in 11 months of 2018, about 1% of the admissions beyond the township centres; mature alliances report more</source>
        <translation>Assumption: Huidong county&apos;s three alliances referred 1,726 patients up and 754 down in 11 months of 2018, about 1% of the admissions beyond the township centres; mature alliances report more</translation>
    </message>
    <message>
        <source>Assumption: Huidong&apos;s 754 down-referrals in 11 months of 2018 were about 1% of its county-hospital admissions; mature alliances report more</source>
        <translation>Assumption: Huidong&apos;s 754 down-referrals in 11 months of 2018 were about 1% of its county-hospital admissions; mature alliances report more</translation>
    </message>
    <message>
        <source>Assumption: the post-acute part of a stay for the conditions most often stepped down (strokes, fractures, surgery); township wards take recovery and rehabilitation days, not acute ones</source>
        <translation>Assumption: the post-acute part of a stay for the conditions most often stepped down (strokes, fractures, surgery); township wards take recovery and rehabilitation days, not acute ones</translation>
    </message>
    <message>
        <source>Assumption: an admission&apos;s cost falls mostly in its first, acute days (surgery, imaging, drugs), so the recovery days carry much less than their share of the days</source>
        <translation>Assumption: an admission&apos;s cost falls mostly in its first, acute days (surgery, imaging, drugs), so the recovery days carry much less than their share of the days</translation>
    </message>
    <message>
        <source>Calendar year of the first simulated month.</source>
        <translation>Calendar year of the first simulated month.</translation>
    </message>
    <message>
        <source>Calendar month (1-12) of the first simulated month.</source>
        <translation>Calendar month (1-12) of the first simulated month.</translation>
    </message>
    <message>
        <source>Accumulated balance of the county resident insurance fund at the start of the first simulated month (累计结余).</source>
        <translation>Accumulated balance of the county resident insurance fund at the start of the first simulated month (累计结余).</translation>
    </message>
    <message>
        <source>Induced admissions without a global budget</source>
        <translation>Induced admissions without a global budget</translation>
    </message>
    <message>
        <source>Extra admissions providers generate when paid per item or per case (fee-for-service, or DRG without a global budget: supplier-induced demand); they disappear under a global budget. 0: none.</source>
        <translation>Extra admissions providers generate when paid per item or per case (fee-for-service, or DRG without a global budget: supplier-induced demand); they disappear under a global budget. 0: none.</translation>
    </message>
    <message>
        <source>Utility bonus of a facility inside the county (preference for in-county care).</source>
        <translation>Utility bonus of a facility inside the county (preference for in-county care).</translation>
    </message>
    <message>
        <source>Utility bonus of the home grassroots facility for signed residents (family-doctor loyalty).</source>
        <translation>Utility bonus of the home grassroots facility for signed residents (family-doctor loyalty).</translation>
    </message>
    <message>
        <source>Utility loss per unit of excess load (congestion aversion).</source>
        <translation>Utility loss per unit of excess load (congestion aversion).</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the preference for in-county care: 0.3 draws it between 70% and 130% of its value.</source>
        <translation>Relative half-width of the uncertainty range of the preference for in-county care: 0.3 draws it between 70% and 130% of its value.</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the family-doctor loyalty.</source>
        <translation>Relative half-width of the uncertainty range of the family-doctor loyalty.</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the congestion aversion.</source>
        <translation>Relative half-width of the uncertainty range of the congestion aversion.</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the cost sensitivity (every service line moves together).</source>
        <translation>Relative half-width of the uncertainty range of the cost sensitivity (every service line moves together).</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the travel-time sensitivity (every service line moves together).</source>
        <translation>Relative half-width of the uncertainty range of the travel-time sensitivity (every service line moves together).</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the quality preference (every service line moves together).</source>
        <translation>Relative half-width of the uncertainty range of the quality preference (every service line moves together).</translation>
    </message>
</context>
<context>
    <name>cc::PlaceTool</name>
    <message>
        <source>New village clinic %1</source>
        <translation>New village clinic %1</translation>
    </message>
    <message>
        <source>New township health centre %1</source>
        <translation>New township health centre %1</translation>
    </message>
    <message>
        <source>New county hospital %1</source>
        <translation>New county hospital %1</translation>
    </message>
    <message>
        <source>New city hospital %1</source>
        <translation>New city hospital %1</translation>
    </message>
    <message>
        <source>New provincial hospital %1</source>
        <translation>New provincial hospital %1</translation>
    </message>
    <message>
        <source>New village %1</source>
        <translation>New village %1</translation>
    </message>
    <message>
        <source>%1 lies outside the county boundary: it was placed, but an in-county facility outside the county is probably misplaced. Move it, or Undo.</source>
        <translation>%1 lies outside the county boundary: it was placed, but an in-county facility outside the county is probably misplaced. Move it, or Undo.</translation>
    </message>
    <message>
        <source>%1 lies outside the county boundary: it was placed, but its residents count as the county&apos;s. Move it, or Undo.</source>
        <translation>%1 lies outside the county boundary: it was placed, but its residents count as the county&apos;s. Move it, or Undo.</translation>
    </message>
</context>
<context>
    <name>cc::PlannerDialog</name>
    <message>
        <source>Posting Planner</source>
        <translation>Posting Planner</translation>
    </message>
    <message>
        <source>Proposes postings of alliance doctors (county hires) to township centres, one at a time, each the one that raises the in-county treatment rate over the horizon most in the simulation of scenario &lt;b&gt;%1&lt;/b&gt;, while obeying the staffing rules and keeping each doctor&apos;s county hospital at or above its WISN staffing need.</source>
        <translation>Proposes postings of alliance doctors (county hires) to township centres, one at a time, each the one that raises the in-county treatment rate over the horizon most in the simulation of scenario &lt;b&gt;%1&lt;/b&gt;, while obeying the staffing rules and keeping each doctor&apos;s county hospital at or above its WISN staffing need.</translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation>&amp;Proposals:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>F&amp;TE:</source>
        <translation>F&amp;TE:</translation>
    </message>
    <message>
        <source>&amp;General practitioners</source>
        <translation>&amp;General practitioners</translation>
    </message>
    <message>
        <source>&amp;Specialists</source>
        <translation>&amp;Specialists</translation>
    </message>
    <message>
        <source>Include &amp;junior titles</source>
        <translation>Include &amp;junior titles</translation>
    </message>
    <message>
        <source>Provincial practice posts doctors of intermediate title and above.</source>
        <translation>Provincial practice posts doctors of intermediate title and above.</translation>
    </message>
    <message>
        <source>Doctors:</source>
        <translation>Doctors:</translation>
    </message>
    <message>
        <source>Only in this scenario</source>
        <translation>Only in this scenario</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>Township centre</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Gain (pp)</source>
        <translation>Gain (pp)</translation>
    </message>
    <message>
        <source>In-county rate</source>
        <translation>In-county rate</translation>
    </message>
    <message>
        <source>Accept &amp;Checked</source>
        <translation>Accept &amp;Checked</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>Accept &amp;All</translation>
    </message>
    <message>
        <source>Simulating candidate postings...</source>
        <translation>Simulating candidate postings...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>In-county rate over the horizon %1% before; %n proposal(s) found after %2 simulated trials (%3 rejected for the rules, %4 for leaving a county hospital short). Gains are each proposal&apos;s own, given the ones above it.</source>
        <translation>
            <numerusform>In-county rate over the horizon %1% before; %n proposal found after %2 simulated trials (%3 rejected for the rules, %4 for leaving a county hospital short). Gains are each proposal&apos;s own, given the ones above it.</numerusform>
            <numerusform>In-county rate over the horizon %1% before; %n proposals found after %2 simulated trials (%3 rejected for the rules, %4 for leaving a county hospital short). Gains are each proposal&apos;s own, given the ones above it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n planned posting(s)</source>
        <translation>
            <numerusform>Accept %n planned posting</numerusform>
            <numerusform>Accept %n planned postings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::Planning</name>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident (fall)</source>
        <translation>Out-of-pocket per resident (fall)</translation>
    </message>
    <message>
        <source>Fund balance at the year end</source>
        <translation>Fund balance at the year end</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a stroke centre</source>
        <translation>Residents within the golden hour of a stroke centre</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a chest-pain centre</source>
        <translation>Residents within the golden hour of a chest-pain centre</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a trauma centre</source>
        <translation>Residents within the golden hour of a trauma centre</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a critical maternal care centre</source>
        <translation>Residents within the golden hour of a critical maternal care centre</translation>
    </message>
</context>
<context>
    <name>cc::PolicyChanges</name>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Initial policy</source>
        <translation>Initial policy</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cc::PolicyEdits</name>
    <message>
        <source>The scenario %1 does not exist.</source>
        <translation>The scenario %1 does not exist.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no policy change number %2.</source>
        <translation>The scenario &quot;%1&quot; has no policy change number %2.</translation>
    </message>
    <message>
        <source>A policy change already takes effect in that month.</source>
        <translation>A policy change already takes effect in that month.</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>Duplicate scenario &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A scenario name must not start or end with spaces.</source>
        <translation>A scenario name must not start or end with spaces.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; marks the baseline scenario; choose another name.</source>
        <translation>The name &quot;%1&quot; marks the baseline scenario; choose another name.</translation>
    </message>
    <message>
        <source>The baseline scenario cannot be deleted.</source>
        <translation>The baseline scenario cannot be deleted.</translation>
    </message>
    <message>
        <source>The policy in effect from the first month sets every parameter; it has nothing to inherit.</source>
        <translation>The policy in effect from the first month sets every parameter; it has nothing to inherit.</translation>
    </message>
    <message>
        <source>This policy change does not set &quot;%1&quot;.</source>
        <translation>This policy change does not set &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The policy in effect from the first simulated month cannot be removed.</source>
        <translation>The policy in effect from the first simulated month cannot be removed.</translation>
    </message>
    <message>
        <source>The first policy always takes effect from the first simulated month.</source>
        <translation>The first policy always takes effect from the first simulated month.</translation>
    </message>
    <message>
        <source>A policy change takes effect from %1 to %2.</source>
        <translation>A policy change takes effect from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>cc::PolicyPanel</name>
    <message>
        <source>Policy changes take effect from a month and hold until the next one</source>
        <translation>Policy changes take effect from a month and hold until the next one</translation>
    </message>
    <message>
        <source>Add change...</source>
        <translation>Add change...</translation>
    </message>
    <message>
        <source>Add a policy change that takes effect from a later month</source>
        <translation>Add a policy change that takes effect from a later month</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>In effect from</translation>
    </message>
    <message>
        <source>What this change is, e.g. global budget starts</source>
        <translation>What this change is, e.g. global budget starts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add Policy Change</source>
        <translation>Add Policy Change</translation>
    </message>
    <message>
        <source>Edits hold until a later change</source>
        <translation>Edits hold until a later change</translation>
    </message>
    <message>
        <source>Edits hold from this month on</source>
        <translation>Edits hold from this month on</translation>
    </message>
    <message>
        <source>Edits hold only in this change</source>
        <translation>Edits hold only in this change</translation>
    </message>
    <message>
        <source>The value holds from this change until a later change that sets the same parameter.</source>
        <translation>The value holds from this change until a later change that sets the same parameter.</translation>
    </message>
    <message>
        <source>The value holds to the end of the horizon: later changes stop setting this parameter.</source>
        <translation>The value holds to the end of the horizon: later changes stop setting this parameter.</translation>
    </message>
    <message>
        <source>The value holds only until the next change; from then on the parameter keeps the value it had before.</source>
        <translation>The value holds only until the next change; from then on the parameter keeps the value it had before.</translation>
    </message>
    <message>
        <source>What an edited value means for the months after this change</source>
        <translation>What an edited value means for the months after this change</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Inherit</translation>
    </message>
    <message>
        <source>set here</source>
        <translation>set here</translation>
    </message>
    <message>
        <source>Set in the %1 change</source>
        <translation>Set in the %1 change</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Inherited from the %1 change</source>
        <translation>Inherited from the %1 change</translation>
    </message>
    <message>
        <source>Clear: take the value of the %1 change</source>
        <translation>Clear: take the value of the %1 change</translation>
    </message>
    <message>
        <source>Month from which the change takes effect:</source>
        <translation>Month from which the change takes effect:</translation>
    </message>
    <message>
        <source>Remove this policy change (the first one stays)</source>
        <translation>Remove this policy change (the first one stays)</translation>
    </message>
    <message>
        <source>Find a parameter (name, key or source)</source>
        <translation>Find a parameter (name, key or source)</translation>
    </message>
    <message>
        <source>Shows only the parameters whose name, storage key or source contains the text (Ctrl+F). Enter goes to the first one.</source>
        <translation>Shows only the parameters whose name, storage key or source contains the text (Ctrl+F). Enter goes to the first one.</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>Open all</translation>
    </message>
    <message>
        <source>Show the parameters of every group</source>
        <translation>Show the parameters of every group</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Show only the group headings</source>
        <translation>Show only the group headings</translation>
    </message>
    <message>
        <source>No parameter matches.</source>
        <translation>No parameter matches.</translation>
    </message>
    <message numerus="yes">
        <source>%n set in this change</source>
        <translation>
            <numerusform>%n set in this change</numerusform>
            <numerusform>%n set in this change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::PolicyTimeline</name>
    <message>
        <source>Policy schedule timeline</source>
        <translation>Policy schedule timeline</translation>
    </message>
    <message>
        <source>The policy in effect from the start of the horizon.</source>
        <translation>The policy in effect from the start of the horizon.</translation>
    </message>
    <message>
        <source>No parameter differs from the previous policy.</source>
        <translation>No parameter differs from the previous policy.</translation>
    </message>
    <message>
        <source>Drag to move the change to another month.</source>
        <translation>Drag to move the change to another month.</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>No scenario</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
</context>
<context>
    <name>cc::PostingDialog</name>
    <message>
        <source>Edit Posting</source>
        <translation>Edit Posting</translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation>New Posting</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Posting:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>Share of full time: 0.2 is one day a week (a specialist&apos;s weekly clinic), 1.0 a full-time rotation.</source>
        <translation>Share of full time: 0.2 is one day a week (a specialist&apos;s weekly clinic), 1.0 a full-time rotation.</translation>
    </message>
    <message>
        <source>&amp;FTE:</source>
        <translation>&amp;FTE:</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>Every scenario</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Shorter than %1 months: not counted as a grassroots posting.</source>
        <translation>Shorter than %1 months: not counted as a grassroots posting.</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDiff</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Title: &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>Title: &quot;%1&quot; -&gt; &quot;%2&quot;</translation>
    </message>
    <message>
        <source>County boundary changed</source>
        <translation>County boundary changed</translation>
    </message>
    <message>
        <source>Model settings changed</source>
        <translation>Model settings changed</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>Service lines</translation>
    </message>
    <message>
        <source>Scenarios and policy schedules</source>
        <translation>Scenarios and policy schedules</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>Telemedicine links</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investments</translation>
    </message>
    <message>
        <source>Investment catalogue and care centres changed</source>
        <translation>Investment catalogue and care centres changed</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>cc::ProjectRules</name>
    <message>
        <source>Staff member %1 (%2) is posted at %3 FTE in %4 of scenario &quot;%5&quot; (limit %6).</source>
        <translation>Staff member %1 (%2) is posted at %3 FTE in %4 of scenario &quot;%5&quot; (limit %6).</translation>
    </message>
    <message>
        <source>the position (%1, %2) is %3 km outside the county (more than %4 km): check the coordinates.</source>
        <translation>the position (%1, %2) is %3 km outside the county (more than %4 km): check the coordinates.</translation>
    </message>
    <message>
        <source>the position (%1, %2) is %3 km from the county (more than %4 km for an out-of-county hospital): check the coordinates.</source>
        <translation>the position (%1, %2) is %3 km from the county (more than %4 km for an out-of-county hospital): check the coordinates.</translation>
    </message>
    <message>
        <source>Settlement %1 (%2): %3</source>
        <translation>Settlement %1 (%2): %3</translation>
    </message>
    <message>
        <source>Facility %1 (%2): %3</source>
        <translation>Facility %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>cc::PropertyEditor</name>
    <message>
        <source>Select a settlement, facility or road on the map to see its properties.</source>
        <translation>Select a settlement, facility or road on the map to see its properties.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Family-doctor signing share (0-1)</source>
        <translation>Family-doctor signing share (0-1)</translation>
    </message>
    <message>
        <source>Urban community</source>
        <translation>Urban community</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Hospital kind</source>
        <translation>Hospital kind</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Beds</translation>
    </message>
    <message>
        <source>Member of the county health alliance</source>
        <translation>Member of the county health alliance</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Speed (km/h)</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Settlement %1</source>
        <translation>Settlement %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Signing share</source>
        <translation>Signing share</translation>
    </message>
    <message>
        <source>The population must be a whole number.</source>
        <translation>The population must be a whole number.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
</context>
<context>
    <name>cc::Report</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The project has no map data.</source>
        <translation>The project has no map data.</translation>
    </message>
    <message>
        <source>Facilities by level (village clinic, township centre, county hospital), villages and roads of %1.</source>
        <translation>Facilities by level (village clinic, township centre, county hospital), villages and roads of %1.</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>Policy parameters</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>There are no simulation results to report.</source>
        <translation>There are no simulation results to report.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>CountyCare Planner - %1, %2</source>
        <translation>CountyCare Planner - %1, %2</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <source>Date: %1    Horizon: %2 to %3 (%4 months)    Population: %5</source>
        <translation>Date: %1    Horizon: %2 to %3 (%4 months)    Population: %5</translation>
    </message>
    <message>
        <source>Rates are monthly values of the whole county; the fund is the county resident insurance fund. Targets: in-county treatment rate 90%, grassroots share 55-65%.</source>
        <translation>Rates are monthly values of the whole county; the fund is the county resident insurance fund. Targets: in-county treatment rate 90%, grassroots share 55-65%.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Inpatient, %1</source>
        <translation>Inpatient, %1</translation>
    </message>
    <message>
        <source>Outpatient, %1</source>
        <translation>Outpatient, %1</translation>
    </message>
    <message>
        <source>Indicator (whole county)</source>
        <translation>Indicator (whole county)</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>End %1</translation>
    </message>
    <message>
        <source>End, %1</source>
        <translation>End, %1</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>Grassroots share</source>
        <translation>Grassroots share</translation>
    </message>
    <message>
        <source>Fund spent in county</source>
        <translation>Fund spent in county</translation>
    </message>
    <message>
        <source>Fund balance (yuan)</source>
        <translation>Fund balance (yuan)</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>Months of reserve</translation>
    </message>
    <message>
        <source>Fund payments per month (yuan)</source>
        <translation>Fund payments per month (yuan)</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident per month (yuan)</source>
        <translation>Out-of-pocket per resident per month (yuan)</translation>
    </message>
    <message>
        <source>Out-of-pocket share of cost</source>
        <translation>Out-of-pocket share of cost</translation>
    </message>
    <message>
        <source>Staff needed / posted (FTE)</source>
        <translation>Staff needed / posted (FTE)</translation>
    </message>
    <message>
        <source>Retained surplus, whole horizon (yuan)</source>
        <translation>Retained surplus, whole horizon (yuan)</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>Telemedicine links</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), %1 yuan a year</source>
        <translation>
            <numerusform>%n link, %1 yuan a year</numerusform>
            <numerusform>%n link, %1 yuan a year</numerusform>
        </translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>Admissions per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>Average length of stay (days)</translation>
    </message>
    <message>
        <source>Avoided admissions per month</source>
        <translation>Avoided admissions per month</translation>
    </message>
    <message>
        <source>Referrals up / down per month</source>
        <translation>Referrals up / down per month</translation>
    </message>
    <message>
        <source>Avoided admissions, whole horizon</source>
        <translation>Avoided admissions, whole horizon</translation>
    </message>
    <message>
        <source>Referrals up, whole horizon</source>
        <translation>Referrals up, whole horizon</translation>
    </message>
    <message>
        <source>Referrals down, whole horizon</source>
        <translation>Referrals down, whole horizon</translation>
    </message>
    <message>
        <source>County doctors posted for at least the minimum term per 10,000 residents</source>
        <translation>County doctors posted for at least the minimum term per 10,000 residents</translation>
    </message>
</context>
<context>
    <name>cc::RoadTool</name>
    <message>
        <source>A road needs at least two points.</source>
        <translation>A road needs at least two points.</translation>
    </message>
    <message>
        <source>New road</source>
        <translation>New road</translation>
    </message>
</context>
<context>
    <name>cc::RosterModel</name>
    <message>
        <source>Alliance (county hire)</source>
        <translation>Alliance (county hire)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) short</source>
        <translation>
            <numerusform>%n month short</numerusform>
            <numerusform>%n months short</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready (%1 months)</source>
        <translation>Ready (%1 months)</translation>
    </message>
    <message>
        <source>Grassroots service counted for promotion to associate chief physician: recorded months plus FTE-weighted months posted at grassroots facilities.</source>
        <translation>Grassroots service counted for promotion to associate chief physician: recorded months plus FTE-weighted months posted at grassroots facilities.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <source>Grassroots months</source>
        <translation>Grassroots months</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Annual pay (yuan)</source>
        <translation>Annual pay (yuan)</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioComparison</name>
    <message>
        <source>%1, whole horizon</source>
        <translation>%1, whole horizon</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioComparisonView</name>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>%1 wan</source>
        <translation>%1 wan</translation>
    </message>
    <message>
        <source>Choose Scenario &gt; Compare With... to compare two scenarios.</source>
        <translation>Choose Scenario &gt; Compare With... to compare two scenarios.</translation>
    </message>
    <message>
        <source>No results to compare yet.</source>
        <translation>No results to compare yet.</translation>
    </message>
    <message>
        <source>End of the horizon (%1-%2), whole county. Difference: %3 minus %4.</source>
        <translation>End of the horizon (%1-%2), whole county. Difference: %3 minus %4.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>%1 (compared)</source>
        <translation>%1 (compared)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioManager</name>
    <message>
        <source>&amp;New Scenario...</source>
        <translation>&amp;New Scenario...</translation>
    </message>
    <message>
        <source>Add a scenario with the baseline&apos;s policy schedule</source>
        <translation>Add a scenario with the baseline&apos;s policy schedule</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario...</source>
        <translation>&amp;Duplicate Scenario...</translation>
    </message>
    <message>
        <source>Re&amp;name Scenario...</source>
        <translation>Re&amp;name Scenario...</translation>
    </message>
    <message>
        <source>Rename the shown scenario</source>
        <translation>Rename the shown scenario</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario...</source>
        <translation>De&amp;lete Scenario...</translation>
    </message>
    <message>
        <source>Delete the shown scenario and its own postings (the baseline cannot be deleted)</source>
        <translation>Delete the shown scenario and its own postings (the baseline cannot be deleted)</translation>
    </message>
    <message>
        <source>&amp;Compare With...</source>
        <translation>&amp;Compare With...</translation>
    </message>
    <message>
        <source>Overlay a second scenario on every chart (dashed) and show the end-of-horizon indicators side by side</source>
        <translation>Overlay a second scenario on every chart (dashed) and show the end-of-horizon indicators side by side</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>&amp;Stop Comparing</translation>
    </message>
    <message>
        <source>Show the shown scenario alone</source>
        <translation>Show the shown scenario alone</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>The scenario the map, the policy panel and the charts show</source>
        <translation>The scenario the map, the policy panel and the charts show</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>A second scenario drawn dashed on every chart</source>
        <translation>A second scenario drawn dashed on every chart</translation>
    </message>
    <message>
        <source>Policy Schedule</source>
        <translation>Policy Schedule</translation>
    </message>
    <message>
        <source>Scenario Comparison</source>
        <translation>Scenario Comparison</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose Scenario &gt; Compare With... to compare two scenarios.</source>
        <translation>Choose Scenario &gt; Compare With... to compare two scenarios.</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>Simulating %1...</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>New Scenario</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenario %1</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts with the baseline&apos;s policy schedule):</source>
        <translation>Name of the new scenario (it starts with the baseline&apos;s policy schedule):</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Duplicate Scenario</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>Name of the copy of &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Rename Scenario</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>New name of &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Delete Scenario</translation>
    </message>
    <message>
        <source>The baseline scenario cannot be deleted.</source>
        <translation>The baseline scenario cannot be deleted.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario &quot;%1&quot;, its policy schedule and its %n own posting(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete the scenario &quot;%1&quot;, its policy schedule and its %n own posting? Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete the scenario &quot;%1&quot;, its policy schedule and its %n own postings? Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Compare With</translation>
    </message>
    <message>
        <source>Scenario to compare with &quot;%1&quot; (drawn dashed):</source>
        <translation>Scenario to compare with &quot;%1&quot; (drawn dashed):</translation>
    </message>
    <message>
        <source>Copy the shown scenario: its policy schedule and its own staff postings, telemedicine links and investments</source>
        <translation>Copy the shown scenario: its policy schedule and its own staff postings, telemedicine links and investments</translation>
    </message>
</context>
<context>
    <name>cc::SelectTool</name>
    <message>
        <source>A place cannot be moved outside the range of longitude and latitude.</source>
        <translation>A place cannot be moved outside the range of longitude and latitude.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n places</source>
        <translation>
            <numerusform>Move %n place</numerusform>
            <numerusform>Move %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map items</source>
        <translation>
            <numerusform>Delete %n map item</numerusform>
            <numerusform>Delete %n map items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::StaffDialog</name>
    <message>
        <source>Edit Staff Member</source>
        <translation>Edit Staff Member</translation>
    </message>
    <message>
        <source>Add Staff Member</source>
        <translation>Add Staff Member</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Alliance (county hire)</source>
        <translation>Alliance (county hire)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <source>&amp;Works at:</source>
        <translation>&amp;Works at:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>&amp;Grassroots service:</source>
        <translation>&amp;Grassroots service:</translation>
    </message>
    <message>
        <source>title default</source>
        <translation>title default</translation>
    </message>
    <message>
        <source>Annual &amp;pay (yuan):</source>
        <translation>Annual &amp;pay (yuan):</translation>
    </message>
</context>
<context>
    <name>cc::StaffingActions</name>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>&amp;Staffing Board</source>
        <translation>&amp;Staffing Board</translation>
    </message>
    <message>
        <source>Show the staffing board: roster, postings, need vs posted, rules</source>
        <translation>Show the staffing board: roster, postings, need vs posted, rules</translation>
    </message>
    <message>
        <source>Staff &amp;Roster</source>
        <translation>Staff &amp;Roster</translation>
    </message>
    <message>
        <source>The staff roster: add, edit, remove, import from CSV</source>
        <translation>The staff roster: add, edit, remove, import from CSV</translation>
    </message>
    <message>
        <source>&amp;Postings Timeline</source>
        <translation>&amp;Postings Timeline</translation>
    </message>
    <message>
        <source>Postings of staff to facilities by month, with rule violations</source>
        <translation>Postings of staff to facilities by month, with rule violations</translation>
    </message>
    <message>
        <source>Staffing &amp;Need vs Posted</source>
        <translation>Staffing &amp;Need vs Posted</translation>
    </message>
    <message>
        <source>WISN: FTE needed from the simulated workload against FTE posted</source>
        <translation>WISN: FTE needed from the simulated workload against FTE posted</translation>
    </message>
    <message>
        <source>Plan &amp;Postings...</source>
        <translation>Plan &amp;Postings...</translation>
    </message>
    <message>
        <source>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</source>
        <translation>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</translation>
    </message>
</context>
<context>
    <name>cc::StaffingBoard</name>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Postings</translation>
    </message>
    <message>
        <source>&amp;Need vs Posted</source>
        <translation>&amp;Need vs Posted</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>R&amp;ules</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; (double-click to go to the cause)</source>
        <translation>&lt;b&gt;Problems&lt;/b&gt; (double-click to go to the cause)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Search name, facility, title...</source>
        <translation>Search name, facility, title...</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Edit the selected staff member</source>
        <translation>Edit the selected staff member</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Remove the selected staff members and their postings</source>
        <translation>Remove the selected staff members and their postings</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Import CSV...</translation>
    </message>
    <message>
        <source>Add staff from a CSV file (UTF-8 or GB18030)</source>
        <translation>Add staff from a CSV file (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <source>Drag staff onto a facility row of the Postings tab to post them.</source>
        <translation>Drag staff onto a facility row of the Postings tab to post them.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; GP &amp;nbsp; &lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; specialist &amp;nbsp; &lt;span style=&apos;color:#8e5aa8&apos;&gt;■&lt;/span&gt; nurse &amp;nbsp; &lt;span style=&apos;color:#d0851c&apos;&gt;■&lt;/span&gt; public health &amp;nbsp; faint = part time &amp;nbsp; &lt;span style=&apos;color:#e67e22&apos;&gt;▨&lt;/span&gt; warning &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;▨&lt;/span&gt; refused</source>
        <translation>&lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; GP &amp;nbsp; &lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; specialist &amp;nbsp; &lt;span style=&apos;color:#8e5aa8&apos;&gt;■&lt;/span&gt; nurse &amp;nbsp; &lt;span style=&apos;color:#d0851c&apos;&gt;■&lt;/span&gt; public health &amp;nbsp; faint = part time &amp;nbsp; &lt;span style=&apos;color:#e67e22&apos;&gt;▨&lt;/span&gt; warning &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;▨&lt;/span&gt; refused</translation>
    </message>
    <message>
        <source>&amp;Plan Postings...</source>
        <translation>&amp;Plan Postings...</translation>
    </message>
    <message>
        <source>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</source>
        <translation>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</translation>
    </message>
    <message>
        <source>Drag a staff member onto a facility row to post them there.</source>
        <translation>Drag a staff member onto a facility row to post them there.</translation>
    </message>
    <message>
        <source>Staffing rules of this project. &lt;i&gt;Refuse&lt;/i&gt; stops an edit that breaks the rule; &lt;i&gt;Warn&lt;/i&gt; lets it through and lists it under Problems.</source>
        <translation>Staffing rules of this project. &lt;i&gt;Refuse&lt;/i&gt; stops an edit that breaks the rule; &lt;i&gt;Warn&lt;/i&gt; lets it through and lists it under Problems.</translation>
    </message>
    <message>
        <source>Staffing Rules</source>
        <translation>Staffing Rules</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay assumed when a person&apos;s own pay is not entered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pay assumed when a person&apos;s own pay is not entered&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>%1 Warning: %2</source>
        <translation>%1 Warning: %2</translation>
    </message>
    <message>
        <source>Posted %1 to %2.</source>
        <translation>Posted %1 to %2.</translation>
    </message>
    <message>
        <source>Posting changed.</source>
        <translation>Posting changed.</translation>
    </message>
    <message>
        <source>Posting removed.</source>
        <translation>Posting removed.</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>Staff member added.</translation>
    </message>
    <message>
        <source>Staff member changed.</source>
        <translation>Staff member changed.</translation>
    </message>
    <message>
        <source>Staff member removed.</source>
        <translation>Staff member removed.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n staff members</source>
        <translation>
            <numerusform>Remove %n staff member</numerusform>
            <numerusform>Remove %n staff members</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Staff</source>
        <translation>Import Staff</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>No staff could be read.</source>
        <translation>No staff could be read.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n staff members from the file?</source>
        <translation>
            <numerusform>Add %n staff member from the file?</numerusform>
            <numerusform>Add %n staff members from the file?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Import staff</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n staff members.</source>
        <translation>
            <numerusform>Imported %n staff member.</numerusform>
            <numerusform>Imported %n staff members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out the month scale (Ctrl + mouse wheel)</source>
        <translation>Zoom out the month scale (Ctrl + mouse wheel)</translation>
    </message>
    <message>
        <source>Zoom in the month scale (Ctrl + mouse wheel)</source>
        <translation>Zoom in the month scale (Ctrl + mouse wheel)</translation>
    </message>
    <message>
        <source>Whole &amp;Horizon</source>
        <translation>Whole &amp;Horizon</translation>
    </message>
    <message>
        <source>Fit every month of the horizon into the view</source>
        <translation>Fit every month of the horizon into the view</translation>
    </message>
    <message>
        <source>Scenario &lt;b&gt;%1&lt;/b&gt;: %2 staff, %3 postings. County doctors posted %10+ months: &lt;b&gt;%4&lt;/b&gt; per 10,000 residents on average (peak %5). Alliance staff pool: %6 people, pay &lt;b&gt;%7 million yuan&lt;/b&gt; a year. Problems: %8 refused, %9 warnings.</source>
        <translation>Scenario &lt;b&gt;%1&lt;/b&gt;: %2 staff, %3 postings. County doctors posted %10+ months: &lt;b&gt;%4&lt;/b&gt; per 10,000 residents on average (peak %5). Alliance staff pool: %6 people, pay &lt;b&gt;%7 million yuan&lt;/b&gt; a year. Problems: %8 refused, %9 warnings.</translation>
    </message>
</context>
<context>
    <name>cc::StartPage</name>
    <message>
        <source>Welcome to CountyCare Planner</source>
        <translation>Welcome to CountyCare Planner</translation>
    </message>
    <message>
        <source>CountyCare Planner logo</source>
        <translation>CountyCare Planner logo</translation>
    </message>
    <message>
        <source>&lt;h1&gt;CountyCare Planner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;CountyCare Planner&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan a tight county health alliance (紧密型县域医共体): draw the county&apos;s villages, clinics, health centres and hospitals on a map, post county doctors to township health centres (县招乡用), and set the insurance payment policy: reimbursement ratios, global budget with surplus retention (结余留用), DRG points and capitation.&lt;/p&gt;&lt;p&gt;Every change is simulated month by month: where residents get treated (the in-county treatment rate, 县域就诊率), staffing needs, and the insurance fund. Compare scenarios, explain any number and present them in workshop mode.&lt;/p&gt;&lt;p&gt;New here? Open the demo county and follow the guided tour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plan a tight county health alliance (紧密型县域医共体): draw the county&apos;s villages, clinics, health centres and hospitals on a map, post county doctors to township health centres (县招乡用), and set the insurance payment policy: reimbursement ratios, global budget with surplus retention (结余留用), DRG points and capitation.&lt;/p&gt;&lt;p&gt;Every change is simulated month by month: where residents get treated (the in-county treatment rate, 县域就诊率), staffing needs, and the insurance fund. Compare scenarios, explain any number and present them in workshop mode.&lt;/p&gt;&lt;p&gt;New here? Open the demo county and follow the guided tour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;Demo County</source>
        <translation>Open the &amp;Demo County</translation>
    </message>
    <message>
        <source>Open Qingshan County, a fictional county with real-world proportions, to explore the planner</source>
        <translation>Open Qingshan County, a fictional county with real-world proportions, to explore the planner</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;New Project</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Start an empty project</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Open Project...</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Recent projects:</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-click or press Enter to open</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(no recent projects)</translation>
    </message>
    <message>
        <source>Open &amp;Selected</source>
        <translation>Open &amp;Selected</translation>
    </message>
    <message>
        <source>Open the selected recent project</source>
        <translation>Open the selected recent project</translation>
    </message>
    <message>
        <source>Open a project file (.ccplan or .gpkg)</source>
        <translation>Open a project file (.ccplan or .gpkg)</translation>
    </message>
</context>
<context>
    <name>cc::TimelineView</name>
    <message>
        <source>No postings in this scenario. Drag a staff member from the roster onto a facility row to post them.</source>
        <translation>No postings in this scenario. Drag a staff member from the roster onto a facility row to post them.</translation>
    </message>
    <message>
        <source>&amp;Edit Posting...</source>
        <translation>&amp;Edit Posting...</translation>
    </message>
    <message>
        <source>&amp;Remove Posting</source>
        <translation>&amp;Remove Posting</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;%3 to %4, FTE %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;%3 to %4, FTE %5</translation>
    </message>
</context>
<context>
    <name>cc::Validation</name>
    <message>
        <source>The position (%1, %2) is not a WGS 84 longitude/latitude.</source>
        <translation>The position (%1, %2) is not a WGS 84 longitude/latitude.</translation>
    </message>
    <message>
        <source>%1 must each be between 0 and 1.</source>
        <translation>%1 must each be between 0 and 1.</translation>
    </message>
    <message>
        <source>%1 must add up to 1 (they add up to %2).</source>
        <translation>%1 must add up to 1 (they add up to %2).</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>The %1 must not be empty.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>The %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>township name</source>
        <translation>township name</translation>
    </message>
    <message>
        <source>settlement name</source>
        <translation>settlement name</translation>
    </message>
    <message>
        <source>The population must be between 0 and %1 (got %2).</source>
        <translation>The population must be between 0 and %1 (got %2).</translation>
    </message>
    <message>
        <source>The settlement refers to township %1, which does not exist.</source>
        <translation>The settlement refers to township %1, which does not exist.</translation>
    </message>
    <message>
        <source>The family-doctor signing share must be between 0 and 1 (got %1).</source>
        <translation>The family-doctor signing share must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>facility name</source>
        <translation>facility name</translation>
    </message>
    <message>
        <source>Unknown facility level %1.</source>
        <translation>Unknown facility level %1.</translation>
    </message>
    <message>
        <source>Unknown hospital kind %1.</source>
        <translation>Unknown hospital kind %1.</translation>
    </message>
    <message>
        <source>Beds must be between 0 and 100,000 (got %1).</source>
        <translation>Beds must be between 0 and 100,000 (got %1).</translation>
    </message>
    <message>
        <source>The facility refers to township %1, which does not exist.</source>
        <translation>The facility refers to township %1, which does not exist.</translation>
    </message>
    <message>
        <source>The facility&apos;s capability refers to service line %1, which does not exist.</source>
        <translation>The facility&apos;s capability refers to service line %1, which does not exist.</translation>
    </message>
    <message>
        <source>Capability must be between 0 and 1 (got %1).</source>
        <translation>Capability must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>Unknown road class %1.</source>
        <translation>Unknown road class %1.</translation>
    </message>
    <message>
        <source>The road speed must be between 1 and 200 km/h (got %1).</source>
        <translation>The road speed must be between 1 and 200 km/h (got %1).</translation>
    </message>
    <message>
        <source>A road needs at least two points.</source>
        <translation>A road needs at least two points.</translation>
    </message>
    <message>
        <source>A road has more than %1 points.</source>
        <translation>A road has more than %1 points.</translation>
    </message>
    <message>
        <source>staff name</source>
        <translation>staff name</translation>
    </message>
    <message>
        <source>Unknown staff role %1.</source>
        <translation>Unknown staff role %1.</translation>
    </message>
    <message>
        <source>Unknown staff title %1.</source>
        <translation>Unknown staff title %1.</translation>
    </message>
    <message>
        <source>The staff member&apos;s employer %1 does not exist.</source>
        <translation>The staff member&apos;s employer %1 does not exist.</translation>
    </message>
    <message>
        <source>The staff member&apos;s home facility %1 does not exist.</source>
        <translation>The staff member&apos;s home facility %1 does not exist.</translation>
    </message>
    <message>
        <source>Months of grassroots service must be between 0 and 720 (got %1).</source>
        <translation>Months of grassroots service must be between 0 and 720 (got %1).</translation>
    </message>
    <message>
        <source>The annual salary must be between 0 and 100,000,000 yuan (got %1).</source>
        <translation>The annual salary must be between 0 and 100,000,000 yuan (got %1).</translation>
    </message>
    <message>
        <source>The posting refers to staff member %1, who does not exist.</source>
        <translation>The posting refers to staff member %1, who does not exist.</translation>
    </message>
    <message>
        <source>The posting refers to facility %1, which does not exist.</source>
        <translation>The posting refers to facility %1, which does not exist.</translation>
    </message>
    <message>
        <source>The FTE of a posting must be above 0 and at most 1 (got %1).</source>
        <translation>The FTE of a posting must be above 0 and at most 1 (got %1).</translation>
    </message>
    <message>
        <source>The posting refers to scenario %1, which does not exist.</source>
        <translation>The posting refers to scenario %1, which does not exist.</translation>
    </message>
    <message>
        <source>service line code</source>
        <translation>service line code</translation>
    </message>
    <message>
        <source>service line name</source>
        <translation>service line name</translation>
    </message>
    <message>
        <source>Another service line already has the code &quot;%1&quot;.</source>
        <translation>Another service line already has the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The annual rate per person must be between 0 and 100 (got %1).</source>
        <translation>The annual rate per person must be between 0 and 100 (got %1).</translation>
    </message>
    <message>
        <source>The DRG relative weight must be between 0 and 100 (got %1).</source>
        <translation>The DRG relative weight must be between 0 and 100 (got %1).</translation>
    </message>
    <message>
        <source>The capability threshold must be between 0 and 1 (got %1).</source>
        <translation>The capability threshold must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>Costs per episode must be between 0 and 10,000,000 yuan (got %1).</source>
        <translation>Costs per episode must be between 0 and 10,000,000 yuan (got %1).</translation>
    </message>
    <message>
        <source>Starting shares by level</source>
        <translation>Starting shares by level</translation>
    </message>
    <message>
        <source>Calibrated constants must be between -100 and 100 (got %1).</source>
        <translation>Calibrated constants must be between -100 and 100 (got %1).</translation>
    </message>
    <message>
        <source>Staff minutes per episode must be between 0.1 and 10,000 (got %1).</source>
        <translation>Staff minutes per episode must be between 0.1 and 10,000 (got %1).</translation>
    </message>
    <message>
        <source>Choice coefficients must be non-negative and finite.</source>
        <translation>Choice coefficients must be non-negative and finite.</translation>
    </message>
    <message>
        <source>Staff effect weights must be between 0 and 1 (got %1).</source>
        <translation>Staff effect weights must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>scenario name</translation>
    </message>
    <message>
        <source>Another scenario is already called &quot;%1&quot;.</source>
        <translation>Another scenario is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The county name or code is too long.</source>
        <translation>The county name or code is too long.</translation>
    </message>
    <message>
        <source>The county boundary has an empty polygon.</source>
        <translation>The county boundary has an empty polygon.</translation>
    </message>
    <message>
        <source>A ring of the county boundary has fewer than three points.</source>
        <translation>A ring of the county boundary has fewer than three points.</translation>
    </message>
    <message>
        <source>The county boundary has more than %1 points.</source>
        <translation>The county boundary has more than %1 points.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>Service line</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>The project has no scenario.</source>
        <translation>The project has no scenario.</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>The %1 holds the control or formatting character %2, which a name may not hold.</source>
        <translation>The %1 holds the control or formatting character %2, which a name may not hold.</translation>
    </message>
    <message>
        <source>The %1 holds the control or formatting character %2.</source>
        <translation>The %1 holds the control or formatting character %2.</translation>
    </message>
    <message>
        <source>road name</source>
        <translation>road name</translation>
    </message>
    <message>
        <source>scenario description</source>
        <translation>scenario description</translation>
    </message>
    <message>
        <source>policy note</source>
        <translation>policy note</translation>
    </message>
    <message>
        <source>county name</source>
        <translation>county name</translation>
    </message>
    <message>
        <source>%1 %2 has an invalid id (ids run from 1 to %3).</source>
        <translation>%1 %2 has an invalid id (ids run from 1 to %3).</translation>
    </message>
    <message>
        <source>project title</source>
        <translation>project title</translation>
    </message>
    <message>
        <source>The link refers to facility %1, which does not exist.</source>
        <translation>The link refers to facility %1, which does not exist.</translation>
    </message>
    <message>
        <source>A telemedicine link starts at a county hospital.</source>
        <translation>A telemedicine link starts at a county hospital.</translation>
    </message>
    <message>
        <source>A telemedicine link ends at a township centre.</source>
        <translation>A telemedicine link ends at a township centre.</translation>
    </message>
    <message>
        <source>Unknown kind of telemedicine link %1.</source>
        <translation>Unknown kind of telemedicine link %1.</translation>
    </message>
    <message>
        <source>A link&apos;s capability gain must be between 0 and 1 (got %1).</source>
        <translation>A link&apos;s capability gain must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>A link&apos;s yearly cost must be between 0 and 1,000,000,000 yuan (got %1).</source>
        <translation>A link&apos;s yearly cost must be between 0 and 1,000,000,000 yuan (got %1).</translation>
    </message>
    <message>
        <source>The link refers to scenario %1, which does not exist.</source>
        <translation>The link refers to scenario %1, which does not exist.</translation>
    </message>
    <message>
        <source>Days in bed per admission must be between 0 and 365 (got %1).</source>
        <translation>Days in bed per admission must be between 0 and 365 (got %1).</translation>
    </message>
    <message>
        <source>Only an outpatient line can take the chronic-care visits that replace avoided admissions.</source>
        <translation>Only an outpatient line can take the chronic-care visits that replace avoided admissions.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; already takes the chronic-care visits that replace avoided admissions.</source>
        <translation>The line &quot;%1&quot; already takes the chronic-care visits that replace avoided admissions.</translation>
    </message>
    <message>
        <source>The avoidable share of admissions must be between 0 and 1 (got %1).</source>
        <translation>The avoidable share of admissions must be between 0 and 1 (got %1).</translation>
    </message>
    <message>
        <source>Telemedicine link</source>
        <translation>Telemedicine link</translation>
    </message>
    <message>
        <source>The first policy of a scenario&apos;s schedule must set every parameter.</source>
        <translation>The first policy of a scenario&apos;s schedule must set every parameter.</translation>
    </message>
    <message>
        <source>A posting must start in the first simulated month or later and end after it starts (got %1 to %2).</source>
        <translation>A posting must start in the first simulated month or later and end after it starts (got %1 to %2).</translation>
    </message>
    <message>
        <source>A link must start in the first simulated month or later and end after it starts (got %1 to %2).</source>
        <translation>A link must start in the first simulated month or later and end after it starts (got %1 to %2).</translation>
    </message>
    <message>
        <source>A scenario&apos;s policy schedule must start in the first simulated month.</source>
        <translation>A scenario&apos;s policy schedule must start in the first simulated month.</translation>
    </message>
    <message>
        <source>A policy change must take effect between %1 and %2.</source>
        <translation>A policy change must take effect between %1 and %2.</translation>
    </message>
    <message>
        <source>Two policy changes take effect in the same month, or out of order (%1).</source>
        <translation>Two policy changes take effect in the same month, or out of order (%1).</translation>
    </message>
    <message>
        <source>A scenario key has at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (&quot;%1&quot;).</source>
        <translation>A scenario key has at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Another scenario already has the key &quot;%1&quot;.</source>
        <translation>Another scenario already has the key &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
</context>
<context>
    <name>cc::Workbook</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation>the workbook cannot be created</translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is refused</source>
        <translation>the sheet name &quot;%1&quot; is refused</translation>
    </message>
    <message>
        <source>Monthly - %1</source>
        <translation>Monthly - %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>sum over the horizon</source>
        <translation>sum over the horizon</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>last month</translation>
    </message>
    <message>
        <source>End of the horizon (%1), whole county. Difference: %2 minus %3; for shares in percentage points.</source>
        <translation>End of the horizon (%1), whole county. Difference: %2 minus %3; for shares in percentage points.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>Source of the default</translation>
    </message>
    <message>
        <source>(all scenarios)</source>
        <translation>(all scenarios)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Home facility</source>
        <translation>Home facility</translation>
    </message>
    <message>
        <source>Grassroots service (months)</source>
        <translation>Grassroots service (months)</translation>
    </message>
    <message>
        <source>Annual salary (yuan)</source>
        <translation>Annual salary (yuan)</translation>
    </message>
    <message>
        <source>Alliance (county hire)</source>
        <translation>Alliance (county hire)</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Postings</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Posted to</source>
        <translation>Posted to</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>All scenarios</translation>
    </message>
    <message>
        <source>The project has no scenario %1.</source>
        <translation>The project has no scenario %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Cannot write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>DRG revenue - %1</source>
        <translation>DRG revenue - %1</translation>
    </message>
    <message>
        <source>Month index</source>
        <translation>Month index</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1 (yuan)</source>
        <translation>%1 (yuan)</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>Telemedicine links</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>County hospital</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>Township centre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Capability gain</source>
        <translation>Capability gain</translation>
    </message>
    <message>
        <source>Yearly cost (yuan)</source>
        <translation>Yearly cost (yuan)</translation>
    </message>
</context>
<context>
    <name>cc::WorkshopMode</name>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshop Mode</translation>
    </message>
    <message>
        <source>Workshop mode (F11): full screen, big levers and an animated timeline for a room</source>
        <translation>Workshop mode (F11): full screen, big levers and an animated timeline for a room</translation>
    </message>
    <message>
        <source>Present the plan to a room: full screen, large text, the key levers and a month-by-month animation</source>
        <translation>Present the plan to a room: full screen, large text, the key levers and a month-by-month animation</translation>
    </message>
    <message>
        <source>Workshop mode hides the editing docks, enlarges text and chart lines, and shows the key payment levers, Play/Pause/Step through the months and a Before/After switch between the baseline and the selected scenario. F11 or Esc leaves it.</source>
        <translation>Workshop mode hides the editing docks, enlarges text and chart lines, and shows the key payment levers, Play/Pause/Step through the months and a Before/After switch between the baseline and the selected scenario. F11 or Esc leaves it.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Switch the charts between the baseline (before) and the selected scenario (after)</source>
        <translation>Switch the charts between the baseline (before) and the selected scenario (after)</translation>
    </message>
    <message>
        <source>Before/After: needs a second scenario</source>
        <translation>Before/After: needs a second scenario</translation>
    </message>
    <message>
        <source>Showing BEFORE: %1 (after: %2)</source>
        <translation>Showing BEFORE: %1 (after: %2)</translation>
    </message>
    <message>
        <source>Showing AFTER: %1 (before: %2)</source>
        <translation>Showing AFTER: %1 (before: %2)</translation>
    </message>
</context>
<context>
    <name>cc::analysis::Calibration</name>
    <message>
        <source>In-county treatment rate (县域就诊率)</source>
        <translation>In-county treatment rate (县域就诊率)</translation>
    </message>
    <message>
        <source>In-county inpatient share (县域内住院人次占比)</source>
        <translation>In-county inpatient share (县域内住院人次占比)</translation>
    </message>
    <message>
        <source>Grassroots share of visits (基层诊疗量占比)</source>
        <translation>Grassroots share of visits (基层诊疗量占比)</translation>
    </message>
    <message>
        <source>Fund claims to revenue (基金支出/收入)</source>
        <translation>Fund claims to revenue (基金支出/收入)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type a percentage such as 85, or leave the field empty when the county does not state it.</source>
        <translation>%1: &quot;%2&quot; is not a number. Type a percentage such as 85, or leave the field empty when the county does not state it.</translation>
    </message>
    <message>
        <source>%1 must be more than 0% and at most 200% (you typed %2).</source>
        <translation>%1 must be more than 0% and at most 200% (you typed %2).</translation>
    </message>
    <message>
        <source>%1 must be more than 0% and less than 100% (you typed %2).</source>
        <translation>%1 must be more than 0% and less than 100% (you typed %2).</translation>
    </message>
    <message>
        <source>%1 of %2 is far too low for a county. Type percentages: 85 for 85%, not 0.85.</source>
        <translation>%1 of %2 is far too low for a county. Type percentages: 85 for 85%, not 0.85.</translation>
    </message>
    <message>
        <source>%1: its starting shares give the %2 level a part of this care, but no %2 in the project can provide it in the first year, so the model decides that part. Check the facilities&apos; capabilities and beds, or the starting shares.</source>
        <translation>%1: its starting shares give the %2 level a part of this care, but no %2 in the project can provide it in the first year, so the model decides that part. Check the facilities&apos; capabilities and beds, or the starting shares.</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be reached in the county as the project describes it: the closest the model comes is %3. Check the figure, and whether facilities, roads or reimbursement rules are missing.</source>
        <translation>%1 of %2 cannot be reached in the county as the project describes it: the closest the model comes is %3. Check the figure, and whether facilities, roads or reimbursement rules are missing.</translation>
    </message>
    <message>
        <source>A claims-to-revenue ratio of %1 would need the fund to pay less than a fifth or more than twice what its reimbursement rules say. Check the figure against the fund&apos;s accounts.</source>
        <translation>A claims-to-revenue ratio of %1 would need the fund to pay less than a fifth or more than twice what its reimbursement rules say. Check the figure against the fund&apos;s accounts.</translation>
    </message>
    <message>
        <source>Detail from the model: %1</source>
        <translation>Detail from the model: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the model reaches %2 against the stated %3 after %n round(s). The stated figures may not fit together (for example a high in-county rate with a low in-county inpatient share).</source>
        <translation>
            <numerusform>%1: the model reaches %2 against the stated %3 after %n round. The stated figures may not fit together (for example a high in-county rate with a low in-county inpatient share).</numerusform>
            <numerusform>%1: the model reaches %2 against the stated %3 after %n round. The stated figures may not fit together (for example a high in-county rate with a low in-county inpatient share).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysis::Levers</name>
    <message>
        <source>Admissions per person per year</source>
        <translation>Admissions per person per year</translation>
    </message>
    <message>
        <source>Outpatient visits per person per year</source>
        <translation>Outpatient visits per person per year</translation>
    </message>
    <message>
        <source>In-county treatment rate, last 12 months</source>
        <translation>In-county treatment rate, last 12 months</translation>
    </message>
    <message>
        <source>In-county inpatient share, last 12 months</source>
        <translation>In-county inpatient share, last 12 months</translation>
    </message>
    <message>
        <source>Grassroots share, last 12 months</source>
        <translation>Grassroots share, last 12 months</translation>
    </message>
    <message>
        <source>Fund balance at the end of the horizon</source>
        <translation>Fund balance at the end of the horizon</translation>
    </message>
    <message>
        <source>Years with a fund deficit</source>
        <translation>Years with a fund deficit</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident, last 12 months</source>
        <translation>Out-of-pocket per resident, last 12 months</translation>
    </message>
    <message>
        <source>Cost sensitivity, inpatient</source>
        <translation>Cost sensitivity, inpatient</translation>
    </message>
    <message>
        <source>Travel-time sensitivity, inpatient</source>
        <translation>Travel-time sensitivity, inpatient</translation>
    </message>
    <message>
        <source>Quality preference, inpatient</source>
        <translation>Quality preference, inpatient</translation>
    </message>
    <message>
        <source>Cost sensitivity, outpatient</source>
        <translation>Cost sensitivity, outpatient</translation>
    </message>
    <message>
        <source>Travel-time sensitivity, outpatient</source>
        <translation>Travel-time sensitivity, outpatient</translation>
    </message>
    <message>
        <source>Quality preference, outpatient</source>
        <translation>Quality preference, outpatient</translation>
    </message>
</context>
<context>
    <name>cc::analysis::MonteCarlo</name>
    <message>
        <source>Outpatient visits per person</source>
        <translation>Outpatient visits per person</translation>
    </message>
    <message>
        <source>Admissions per person</source>
        <translation>Admissions per person</translation>
    </message>
    <message>
        <source>Avoidable admissions prevented</source>
        <translation>Avoidable admissions prevented</translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>Incentive of capitation</translation>
    </message>
    <message>
        <source>Shorter stays under DRG or a budget</source>
        <translation>Shorter stays under DRG or a budget</translation>
    </message>
    <message>
        <source>Cheaper admissions under DRG or a budget</source>
        <translation>Cheaper admissions under DRG or a budget</translation>
    </message>
    <message>
        <source>Referred up through the alliance</source>
        <translation>Referred up through the alliance</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>Referred down for recovery</translation>
    </message>
    <message>
        <source>Preference for in-county care</source>
        <translation>Preference for in-county care</translation>
    </message>
    <message>
        <source>Family-doctor loyalty</source>
        <translation>Family-doctor loyalty</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>Congestion aversion</translation>
    </message>
    <message>
        <source>Cost sensitivity (every service line)</source>
        <translation>Cost sensitivity (every service line)</translation>
    </message>
    <message>
        <source>Travel-time sensitivity (every service line)</source>
        <translation>Travel-time sensitivity (every service line)</translation>
    </message>
    <message>
        <source>Quality preference (every service line)</source>
        <translation>Quality preference (every service line)</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::Bands</name>
    <message numerus="yes">
        <source>Insurance fund balance: uncertainty (%n draw(s))</source>
        <translation>
            <numerusform>Insurance fund balance: uncertainty (%n draw(s))</numerusform>
            <numerusform>Insurance fund balance: uncertainty (%n draw(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In-county treatment rate: uncertainty (%n draw(s))</source>
        <translation>
            <numerusform>In-county treatment rate: uncertainty (%n draw(s))</numerusform>
            <numerusform>In-county treatment rate: uncertainty (%n draw(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability of a fund deficit in at least one year %1-%2: %3</source>
        <translation>Probability of a fund deficit in at least one year %1-%2: %3</translation>
    </message>
    <message>
        <source>Fund balance (yuan)</source>
        <translation>Fund balance (yuan)</translation>
    </message>
    <message>
        <source>In-county rate (%)</source>
        <translation>In-county rate (%)</translation>
    </message>
    <message>
        <source>90% range (5-95%)</source>
        <translation>90% range (5-95%)</translation>
    </message>
    <message>
        <source>50% range (25-75%)</source>
        <translation>50% range (25-75%)</translation>
    </message>
    <message>
        <source>Median of the draws</source>
        <translation>Median of the draws</translation>
    </message>
    <message>
        <source>Project values</source>
        <translation>Project values</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::CalibrationDialog</name>
    <message>
        <source>National target for tight alliances: 90%.</source>
        <translation>National target for tight alliances: 90%.</translation>
    </message>
    <message>
        <source>Pilot counties reached about 78% in 2020.</source>
        <translation>Pilot counties reached about 78% in 2020.</translation>
    </message>
    <message>
        <source>Guidance aims at 55-65%.</source>
        <translation>Guidance aims at 55-65%.</translation>
    </message>
    <message>
        <source>Optional: the fund&apos;s spending on residents&apos; care over its revenue in the first year.</source>
        <translation>Optional: the fund&apos;s spending on residents&apos; care over its revenue in the first year.</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>&amp;Calibrate</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>Cancel &amp;run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>In percent, e.g. 85 for 85%. Empty: the county does not state it and it is not fitted.</source>
        <translation>In percent, e.g. 85 for 85%. Empty: the county does not state it and it is not fitted.</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Fit the choice constants of every service line (and, where the claims ratio is stated, the effective reimbursement scale) to these figures. The project is not changed until you apply.</source>
        <translation>Fit the choice constants of every service line (and, where the claims ratio is stated, the effective reimbursement scale) to these figures. The project is not changed until you apply.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Stated</translation>
    </message>
    <message>
        <source>Modelled, first-year average</source>
        <translation>Modelled, first-year average</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Gap (points)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The gap is modelled minus stated, in percentage points; a figure is met when the gap is under 0.05 points.</source>
        <translation>The gap is modelled minus stated, in percentage points; a figure is met when the gap is under 0.05 points.</translation>
    </message>
    <message>
        <source>Calibrating: round %1...</source>
        <translation>Calibrating: round %1...</translation>
    </message>
    <message>
        <source>Type the county&apos;s own figures for its first year. Calibration fits how strongly residents lean towards each level of care (the choice constants of every service line) until the baseline scenario&apos;s first-year averages match them; where the fund&apos;s claims ratio is stated it also fits how much of each bill the fund pays. Leave a field empty when the county does not state it.</source>
        <translation>Type the county&apos;s own figures for its first year. Calibration fits how strongly residents lean towards each level of care (the choice constants of every service line) until the baseline scenario&apos;s first-year averages match them; where the fund&apos;s claims ratio is stated it also fits how much of each bill the fund pays. Leave a field empty when the county does not state it.</translation>
    </message>
    <message>
        <source>Press Calibrate to fit the model to these figures. The project is not changed until you apply the result.</source>
        <translation>Press Calibrate to fit the model to these figures. The project is not changed until you apply the result.</translation>
    </message>
    <message>
        <source>Calibrating...</source>
        <translation>Calibrating...</translation>
    </message>
    <message>
        <source>Canceled: nothing was changed. The table shows the previous run.</source>
        <translation>Canceled: nothing was changed. The table shows the previous run.</translation>
    </message>
    <message>
        <source>Canceled: nothing was changed.</source>
        <translation>Canceled: nothing was changed.</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>not fitted</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>The model already meets every stated figure within %1 points: nothing needed fitting.</source>
        <translation>The model already meets every stated figure within %1 points: nothing needed fitting.</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated in %n round(s): every stated figure is met within %1 points.</source>
        <translation>
            <numerusform>Calibrated in %n round: every stated figure is met within %1 points.</numerusform>
            <numerusform>Calibrated in %n round: every stated figure is met within %1 points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not every stated figure can be met (%n round(s)). Apply stores the nearest fit.</source>
        <translation>
            <numerusform>Not every stated figure can be met (%n round). Apply stores the nearest fit.</numerusform>
            <numerusform>Not every stated figure can be met (%n round). Apply stores the nearest fit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fund pays %1 of what its reimbursement rules say (effective reimbursement scale).</source>
        <translation>The fund pays %1 of what its reimbursement rules say (effective reimbursement scale).</translation>
    </message>
    <message>
        <source>The project changed after this run: calibrate again before applying.</source>
        <translation>The project changed after this run: calibrate again before applying.</translation>
    </message>
    <message>
        <source>Applied to the project as one step (Edit &gt; Undo takes it back).</source>
        <translation>Applied to the project as one step (Edit &gt; Undo takes it back).</translation>
    </message>
    <message>
        <source>Apply stores the figures, the fitted constants of every service line and the claims scale in the project.</source>
        <translation>Apply stores the figures, the fitted constants of every service line and the claims scale in the project.</translation>
    </message>
    <message>
        <source>What could not be met:</source>
        <translation>What could not be met:</translation>
    </message>
    <message>
        <source>&amp;Apply Nearest Fit</source>
        <translation>&amp;Apply Nearest Fit</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <source>Already applied.</source>
        <translation>Already applied.</translation>
    </message>
    <message>
        <source>The project or the figures changed after this run: calibrate again.</source>
        <translation>The project or the figures changed after this run: calibrate again.</translation>
    </message>
    <message>
        <source>Store the figures, the fitted constants and the claims scale in the project as one undo step.</source>
        <translation>Store the figures, the fitted constants and the claims scale in the project as one undo step.</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::PlotSave</name>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::SensitivityDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>&amp;Save Chart...</source>
        <translation>&amp;Save Chart...</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>The indicator whose change each bar shows (whole county, end of the horizon).</source>
        <translation>The indicator whose change each bar shows (whole county, end of the horizon).</translation>
    </message>
    <message>
        <source>Each parameter is moved down and up by this share of its value, within its valid range; the others stay at the project&apos;s values.</source>
        <translation>Each parameter is moved down and up by this share of its value, within its valid range; the others stay at the project&apos;s values.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Project value</source>
        <translation>Project value</translation>
    </message>
    <message>
        <source>Moved down to</source>
        <translation>Moved down to</translation>
    </message>
    <message>
        <source>Moved up to</source>
        <translation>Moved up to</translation>
    </message>
    <message>
        <source>Effect down</source>
        <translation>Effect down</translation>
    </message>
    <message>
        <source>Effect up</source>
        <translation>Effect up</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Move each parameter by:</source>
        <translation>&amp;Move each parameter by:</translation>
    </message>
    <message>
        <source>Choose an indicator and press Run. Each key parameter is moved down and up in turn and the simulation is run again.</source>
        <translation>Choose an indicator and press Run. Each key parameter is moved down and up in turn and the simulation is run again.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Running...</translation>
    </message>
    <message>
        <source>Canceled: no results. The chart shows the previous run, if any.</source>
        <translation>Canceled: no results. The chart shows the previous run, if any.</translation>
    </message>
    <message>
        <source>%1: %2 with the project&apos;s values (scenario &quot;%3&quot;)</source>
        <translation>%1: %2 with the project&apos;s values (scenario &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Each bar: the change of the indicator when one parameter moves by %1, all else equal.</source>
        <translation>Each bar: the change of the indicator when one parameter moves by %1, all else equal.</translation>
    </message>
    <message>
        <source>The %1 largest of %2 effects are drawn; the table lists all.</source>
        <translation>The %1 largest of %2 effects are drawn; the table lists all.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s) at zero were not moved.</source>
        <translation>
            <numerusform>%n parameter at zero was not moved.</numerusform>
            <numerusform>%n parameters at zero were not moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysisui::Tornado</name>
    <message>
        <source>Change in percentage points</source>
        <translation>Change in percentage points</translation>
    </message>
    <message>
        <source>Change in yuan</source>
        <translation>Change in yuan</translation>
    </message>
    <message>
        <source>Change in years</source>
        <translation>Change in years</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysisui::UncertaintyDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
    <message>
        <source>Save &amp;Fund Chart...</source>
        <translation>Save &amp;Fund Chart...</translation>
    </message>
    <message>
        <source>Save &amp;Rate Chart...</source>
        <translation>Save &amp;Rate Chart...</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Uncertainty ranges (± share of the project value)</source>
        <translation>Uncertainty ranges (± share of the project value)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>&amp;Draws:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Draw %1 of %2...</source>
        <translation>Draw %1 of %2...</translation>
    </message>
    <message>
        <source>Each draw runs the simulation with the choice coefficients and demand rates drawn within their ranges (Latin hypercube); the choice constants are refitted so every draw starts from the county&apos;s stated shares.</source>
        <translation>Each draw runs the simulation with the choice coefficients and demand rates drawn within their ranges (Latin hypercube); the choice constants are refitted so every draw starts from the county&apos;s stated shares.</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>Running...</translation>
    </message>
    <message>
        <source>Canceled: no bands. The charts show the previous run, if any.</source>
        <translation>Canceled: no bands. The charts show the previous run, if any.</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;, %n draw(s). Dark band: half of the draws; light band: 90% of them.</source>
        <translation>
            <numerusform>Scenario &quot;%1&quot;, %n draw. Dark band: half of the draws; light band: 90% of them.</numerusform>
            <numerusform>Scenario &quot;%1&quot;, %n draws. Dark band: half of the draws; light band: 90% of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability that the fund runs a deficit in at least one year (%1-%2): %3 (%4 of %5 draws).</source>
        <translation>Probability that the fund runs a deficit in at least one year (%1-%2): %3 (%4 of %5 draws).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By year: %1</source>
        <translation>By year: %1</translation>
    </message>
    <message>
        <source>A deficit year: revenue minus payments and year-end settlements of that calendar year is negative.</source>
        <translation>A deficit year: revenue minus payments and year-end settlements of that calendar year is negative.</translation>
    </message>
</context>
<context>
    <name>cc::charts::ChartPanel</name>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Whole county or one township</source>
        <translation>Whole county or one township</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG, PDF or its data as CSV</source>
        <translation>Export this chart as PNG, SVG, PDF or its data as CSV</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>Township %1</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Out of date</translation>
    </message>
    <message>
        <source>These are the results of an earlier state of the project: %1</source>
        <translation>These are the results of an earlier state of the project: %1</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>Updating...</translation>
    </message>
    <message>
        <source>New results are being computed</source>
        <translation>New results are being computed</translation>
    </message>
</context>
<context>
    <name>cc::charts::ExportDialog</name>
    <message>
        <source>Export Chart - %1</source>
        <translation>Export Chart - %1</translation>
    </message>
    <message>
        <source>Report page width (16 cm, 300 dpi)</source>
        <translation>Report page width (16 cm, 300 dpi)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 x 1080)</source>
        <translation>Slide 16:9 (1920 x 1080)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG vector image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>CSV data (Excel)</source>
        <translation>CSV data (Excel)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Printed size</source>
        <translation>Printed size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>Copy to Clipboard</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>%1 x %2 cm</source>
        <translation>%1 x %2 cm</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>cc::edit</name>
    <message>
        <source>township</source>
        <translation>township</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>settlement</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>facility</translation>
    </message>
    <message>
        <source>road</source>
        <translation>road</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>staff member</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>service line</source>
        <translation>service line</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>The %1 %2 does not exist.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>A project needs at least one scenario.</source>
        <translation>A project needs at least one scenario.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Change county boundary</source>
        <translation>Change county boundary</translation>
    </message>
    <message>
        <source>Change model settings</source>
        <translation>Change model settings</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Rename project</translation>
    </message>
    <message>
        <source>%1 Change those postings first, or let the rule warn.</source>
        <translation>%1 Change those postings first, or let the rule warn.</translation>
    </message>
    <message>
        <source>telemedicine link</source>
        <translation>telemedicine link</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investment</translation>
    </message>
</context>
<context>
    <name>cc::edit::CalibrationEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
    <message>
        <source>The calibration did not finish; there is nothing to apply.</source>
        <translation>The calibration did not finish; there is nothing to apply.</translation>
    </message>
    <message>
        <source>The service line &quot;%1&quot; was removed after the calibration ran. Calibrate again.</source>
        <translation>The service line &quot;%1&quot; was removed after the calibration ran. Calibrate again.</translation>
    </message>
    <message>
        <source>Calibrate to the county&apos;s indicators</source>
        <translation>Calibrate to the county&apos;s indicators</translation>
    </message>
</context>
<context>
    <name>cc::explain</name>
    <message>
        <source>In-county treatment rate</source>
        <translation>In-county treatment rate</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>In-county inpatient share</translation>
    </message>
    <message>
        <source>Grassroots share of outpatient visits</source>
        <translation>Grassroots share of outpatient visits</translation>
    </message>
    <message>
        <source>Fund months of reserve</source>
        <translation>Fund months of reserve</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <translation>Fund balance</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Month %1 is outside the simulated horizon (%2 months).</source>
        <translation>Month %1 is outside the simulated horizon (%2 months).</translation>
    </message>
    <message>
        <source>There is no township %1 in the results.</source>
        <translation>There is no township %1 in the results.</translation>
    </message>
    <message>
        <source>Episodes treated inside the county (village clinics, township health centres and county hospitals, outpatient and inpatient) divided by all episodes of the residents, wherever treated, in the month.</source>
        <translation>Episodes treated inside the county (village clinics, township health centres and county hospitals, outpatient and inpatient) divided by all episodes of the residents, wherever treated, in the month.</translation>
    </message>
    <message>
        <source>In-county episodes</source>
        <translation>In-county episodes</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>All episodes</translation>
    </message>
    <message>
        <source>of which %1</source>
        <translation>of which %1</translation>
    </message>
    <message>
        <source>Admissions to hospitals and health centres inside the county divided by all admissions of the residents in the month.</source>
        <translation>Admissions to hospitals and health centres inside the county divided by all admissions of the residents in the month.</translation>
    </message>
    <message>
        <source>In-county admissions</source>
        <translation>In-county admissions</translation>
    </message>
    <message>
        <source>All admissions</source>
        <translation>All admissions</translation>
    </message>
    <message>
        <source>Admissions at %1</source>
        <translation>Admissions at %1</translation>
    </message>
    <message>
        <source>Outpatient visits at village clinics and township health centres divided by all outpatient visits inside the county in the month.</source>
        <translation>Outpatient visits at village clinics and township health centres divided by all outpatient visits inside the county in the month.</translation>
    </message>
    <message>
        <source>Grassroots outpatient visits</source>
        <translation>Grassroots outpatient visits</translation>
    </message>
    <message>
        <source>In-county outpatient visits</source>
        <translation>In-county outpatient visits</translation>
    </message>
    <message numerus="yes">
        <source>The fund&apos;s closing balance divided by its mean monthly outflow (payments and year-end settlements) over the last %n month(s).</source>
        <translation>
            <numerusform>The fund&apos;s closing balance divided by its mean monthly outflow (payments and year-end settlements) over the last month.</numerusform>
            <numerusform>The fund&apos;s closing balance divided by its mean monthly outflow (payments and year-end settlements) over the last %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <source>Mean monthly outflow</source>
        <translation>Mean monthly outflow</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Year-end settlement</source>
        <translation>Year-end settlement</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>Avoided admissions</translation>
    </message>
    <message>
        <source>Average length of stay</source>
        <translation>Average length of stay</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>Opening balance plus the month&apos;s premium and subsidy revenue, minus the payments to providers, any year-end settlement with the alliance and the turnover fund advanced to it (周转金; recovered at the settlement, a negative amount).</source>
        <translation>Opening balance plus the month&apos;s premium and subsidy revenue, minus the payments to providers, any year-end settlement with the alliance and the turnover fund advanced to it (周转金; recovered at the settlement, a negative amount).</translation>
    </message>
    <message>
        <source>Turnover fund advanced (+) or recovered (-)</source>
        <translation>Turnover fund advanced (+) or recovered (-)</translation>
    </message>
    <message>
        <source>The residents&apos; admissions in the month, wherever they are admitted: the inpatient demand (population x admission rate, grown over the years, plus any induced admissions) less the admissions the alliance&apos;s health management avoided. Referrals move admissions between levels and count once, where the patient is admitted.</source>
        <translation>The residents&apos; admissions in the month, wherever they are admitted: the inpatient demand (population x admission rate, grown over the years, plus any induced admissions) less the admissions the alliance&apos;s health management avoided. Referrals move admissions between levels and count once, where the patient is admitted.</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>Admissions per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Referred up</source>
        <translation>Referred up</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>Referred down for recovery</translation>
    </message>
    <message>
        <source>Avoidable (ambulatory-care-sensitive) admissions of residents signed with a family doctor, times the share the alliance&apos;s health management prevents: the full-response share, times the alliance&apos;s incentive (what it keeps of a yuan of claims avoided under the global budget, plus capitation&apos;s), times the ramp-up since the reform began. The avoided admissions become chronic-care visits at village clinics and township centres.</source>
        <translation>Avoidable (ambulatory-care-sensitive) admissions of residents signed with a family doctor, times the share the alliance&apos;s health management prevents: the full-response share, times the alliance&apos;s incentive (what it keeps of a yuan of claims avoided under the global budget, plus capitation&apos;s), times the ramp-up since the reform began. The avoided admissions become chronic-care visits at village clinics and township centres.</translation>
    </message>
    <message>
        <source>Avoided per 1,000 residents a year</source>
        <translation>Avoided per 1,000 residents a year</translation>
    </message>
    <message>
        <source>Bed-days of the month&apos;s admissions divided by the admissions. Under DRG points or a global budget township centres and county hospitals shorten stays; recovery days of patients referred down are spent in the home township centre&apos;s beds.</source>
        <translation>Bed-days of the month&apos;s admissions divided by the admissions. Under DRG points or a global budget township centres and county hospitals shorten stays; recovery days of patients referred down are spent in the home township centre&apos;s beds.</translation>
    </message>
    <message>
        <source>Bed-days of these admissions</source>
        <translation>Bed-days of these admissions</translation>
    </message>
    <message>
        <source>Bed occupancy (in-county beds)</source>
        <translation>Bed occupancy (in-county beds)</translation>
    </message>
    <message>
        <source>Family-doctor signing</source>
        <translation>Family-doctor signing</translation>
    </message>
    <message numerus="yes">
        <source>Avoided admissions are among residents signed with a family doctor; capitation raises signing towards %1 over %n month(s). Taken out: signing stays where it started.</source>
        <translation>
            <numerusform>Avoided admissions are among residents signed with a family doctor; capitation raises signing towards %1 over %n month. Taken out: signing stays where it started.</numerusform>
            <numerusform>Avoided admissions are among residents signed with a family doctor; capitation raises signing towards %1 over %n month. Taken out: signing stays where it started.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>Incentive of capitation</translation>
    </message>
    <message>
        <source>Paid per signed resident (按人头付费), family-doctor teams keep %1 of a yuan of care their residents no longer need, so they work to keep them out of hospital.</source>
        <translation>Paid per signed resident (按人头付费), family-doctor teams keep %1 of a yuan of care their residents no longer need, so they work to keep them out of hospital.</translation>
    </message>
    <message>
        <source>Incentive of the global budget</source>
        <translation>Incentive of the global budget</translation>
    </message>
    <message>
        <source>Under the global budget (结余留用、超支分担) the alliance keeps %1 of a surplus and bears %2 of an overrun: avoiding an admission pays. At full response its health management prevents %3 of signed residents&apos; avoidable admissions.</source>
        <translation>Under the global budget (结余留用、超支分担) the alliance keeps %1 of a surplus and bears %2 of an overrun: avoiding an admission pays. At full response its health management prevents %3 of signed residents&apos; avoidable admissions.</translation>
    </message>
    <message>
        <source>Shorter stays</source>
        <translation>Shorter stays</translation>
    </message>
    <message>
        <source>Under DRG points or the global budget, township centres and county hospitals shorten stays by up to %1 and make admissions cheaper by up to %2.</source>
        <translation>Under DRG points or the global budget, township centres and county hospitals shorten stays by up to %1 and make admissions cheaper by up to %2.</translation>
    </message>
    <message>
        <source>Two-way referral</source>
        <translation>Two-way referral</translation>
    </message>
    <message>
        <source>With one budget, the alliance refers up %1 of the admissions the home township centre cannot treat (keeping the referral reimbursement) and sends %2 of county-hospital patients home for recovery (%3 of the stay, paid per bed-day). Referral moves admissions between levels; each is counted once.</source>
        <translation>With one budget, the alliance refers up %1 of the admissions the home township centre cannot treat (keeping the referral reimbursement) and sends %2 of county-hospital patients home for recovery (%3 of the stay, paid per bed-day). Referral moves admissions between levels; each is counted once.</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>Telemedicine links</translation>
    </message>
    <message>
        <source>Remote consultation and shared imaging, laboratory and ECG centres raise the linked township centres&apos; capability, so more residents are admitted there.</source>
        <translation>Remote consultation and shared imaging, laboratory and ECG centres raise the linked township centres&apos; capability, so more residents are admitted there.</translation>
    </message>
    <message>
        <source>Induced admissions</source>
        <translation>Induced admissions</translation>
    </message>
    <message>
        <source>Paid per item, providers generate %1 more admissions (supplier-induced demand); the global budget removes them.</source>
        <translation>Paid per item, providers generate %1 more admissions (supplier-induced demand); the global budget removes them.</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::CandidateModel</name>
    <message>
        <source>%1 at %2: gain %3 %4, cost %5 (10,000 yuan)</source>
        <translation>%1 at %2: gain %3 %4, cost %5 (10,000 yuan)</translation>
    </message>
    <message numerus="yes">
        <source>%n %1(s)</source>
        <translation>
            <numerusform>%n %1(s)</numerusform>
            <numerusform>%n %1(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s)</source>
        <translation>
            <numerusform>%n bed(s)</numerusform>
            <numerusform>%n bed(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>into %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>percentage points</translation>
    </message>
    <message>
        <source>yuan per resident</source>
        <translation>yuan per resident</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>persons</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Rank by gain per 10,000 yuan on its own (the greedy portfolio re-evaluates after each pick)</source>
        <translation>Rank by gain per 10,000 yuan on its own (the greedy portfolio re-evaluates after each pick)</translation>
    </message>
    <message>
        <source>Capital plus running cost to the end of the year, never less than the capital cost</source>
        <translation>Capital plus running cost to the end of the year, never less than the capital cost</translation>
    </message>
    <message>
        <source>Running costs saved to the end of the year: shown, not subtracted from the cost</source>
        <translation>Running costs saved to the end of the year: shown, not subtracted from the cost</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Cost (10,000 yuan)</source>
        <translation>Cost (10,000 yuan)</translation>
    </message>
    <message>
        <source>Running saving (10,000 yuan)</source>
        <translation>Running saving (10,000 yuan)</translation>
    </message>
    <message>
        <source>Gain (%1)</source>
        <translation>Gain (%1)</translation>
    </message>
    <message>
        <source>Gain per 10,000 yuan</source>
        <translation>Gain per 10,000 yuan</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::CatalogueDialog</name>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restore Defaults</translation>
    </message>
    <message>
        <source>Investment Catalogue</source>
        <translation>Investment Catalogue</translation>
    </message>
    <message>
        <source>What each kind of action costs and does when the planner weighs it. Hover over a row for the source of its defaults; values the county knows better replace them (saved in the project).</source>
        <translation>What each kind of action costs and does when the planner weighs it. Hover over a row for the source of its defaults; values the county knows better replace them (saved in the project).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Capital cost
(10,000 yuan)</source>
        <translation>Capital cost
(10,000 yuan)</translation>
    </message>
    <message>
        <source>Yearly cost
(10,000 yuan)</source>
        <translation>Yearly cost
(10,000 yuan)</translation>
    </message>
    <message>
        <source>Years it runs
(0: whole horizon)</source>
        <translation>Years it runs
(0: whole horizon)</translation>
    </message>
    <message>
        <source>Number
(beds or doctors)</source>
        <translation>Number
(beds or doctors)</translation>
    </message>
    <message>
        <source>Capability gain
(% of the gap)</source>
        <translation>Capability gain
(% of the gap)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Paid once, at the start</source>
        <translation>Paid once, at the start</translation>
    </message>
    <message>
        <source>Running cost per year; a negative number is a saving</source>
        <translation>Running cost per year; a negative number is a saving</translation>
    </message>
    <message>
        <source>Years the running cost is paid; 0: every year to the end of the chosen year</source>
        <translation>Years the running cost is paid; 0: every year to the end of the chosen year</translation>
    </message>
    <message>
        <source>Beds added (a township branch: its beds) or county doctors posted</source>
        <translation>Beds added (a township branch: its beds) or county doctors posted</translation>
    </message>
    <message>
        <source>Share of the gap to full capability on the service line that the action closes</source>
        <translation>Share of the gap to full capability on the service line that the action closes</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>Where the defaults come from</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>60: the golden hour of the national chest-pain and stroke centre standards (中国胸痛中心认证标准; 卒中中心建设指南)</source>
        <translation>60: the golden hour of the national chest-pain and stroke centre standards (中国胸痛中心认证标准; 卒中中心建设指南)</translation>
    </message>
    <message>
        <source>&amp;Golden hour of the care centres (minutes within which a time-critical patient should reach one):</source>
        <translation>&amp;Golden hour of the care centres (minutes within which a time-critical patient should reach one):</translation>
    </message>
    <message>
        <source>Fill in the sourced defaults (applied with OK)</source>
        <translation>Fill in the sourced defaults (applied with OK)</translation>
    </message>
    <message>
        <source>The project is open read-only: the catalogue can be read, not changed.</source>
        <translation>The project is open read-only: the catalogue can be read, not changed.</translation>
    </message>
    <message>
        <source>Not used by this kind of action</source>
        <translation>Not used by this kind of action</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; is not a whole number.</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::PlannerDialog</name>
    <message>
        <source>Include village clinic &amp;merges</source>
        <translation>Include village clinic &amp;merges</translation>
    </message>
    <message>
        <source>On the &amp;map</source>
        <translation>On the &amp;map</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>&amp;Apply as New Scenario</source>
        <translation>&amp;Apply as New Scenario</translation>
    </message>
    <message>
        <source>Investment Planner</source>
        <translation>Investment Planner</translation>
    </message>
    <message>
        <source>Closing a clinic is a decision about access, not an investment: merges are candidates only when this is checked.</source>
        <translation>Closing a clinic is a decision about access, not an investment: merges are candidates only when this is checked.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Budget (10,000 yuan):</source>
        <translation>&amp;Budget (10,000 yuan):</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Candidates, best gain per 10,000 yuan first</source>
        <translation>Candidates, best gain per 10,000 yuan first</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Draw the candidates on the map, each target&apos;s disc as large as the best gain there</source>
        <translation>Draw the candidates on the map, each target&apos;s disc as large as the best gain there</translation>
    </message>
    <message>
        <source>Proposed portfolio</source>
        <translation>Proposed portfolio</translation>
    </message>
    <message>
        <source>Each candidate is applied to the scenario on show with the incremental engine and its gain read in the chosen year; the portfolio is chosen greedily by gain per 10,000 yuan, re-evaluating after each pick.</source>
        <translation>Each candidate is applied to the scenario on show with the incremental engine and its gain read in the chosen year; the portfolio is chosen greedily by gain per 10,000 yuan, re-evaluating after each pick.</translation>
    </message>
    <message>
        <source>The project changed since this run: run again to apply.</source>
        <translation>The project changed since this run: run again to apply.</translation>
    </message>
    <message>
        <source>Save the portfolio as a new scenario (one undo step)</source>
        <translation>Save the portfolio as a new scenario (one undo step)</translation>
    </message>
    <message>
        <source>Listing the candidates...</source>
        <translation>Listing the candidates...</translation>
    </message>
    <message>
        <source>Evaluating candidate %1 of %2...</source>
        <translation>Evaluating candidate %1 of %2...</translation>
    </message>
    <message>
        <source>Choosing investment %1: candidate %2 of %3...</source>
        <translation>Choosing investment %1: candidate %2 of %3...</translation>
    </message>
    <message>
        <source>Canceled: the project is unchanged. The ranking shows the candidates evaluated so far; there is no portfolio.</source>
        <translation>Canceled: the project is unchanged. The ranking shows the candidates evaluated so far; there is no portfolio.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated, %1 evaluations in all.</source>
        <translation>
            <numerusform>%n candidate(s) evaluated, %1 evaluations in all.</numerusform>
            <numerusform>%n candidate(s) evaluated, %1 evaluations in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Cost (10,000 yuan)</source>
        <translation>Cost (10,000 yuan)</translation>
    </message>
    <message>
        <source>Gain (%1)</source>
        <translation>Gain (%1)</translation>
    </message>
    <message>
        <source>Cumulative gain</source>
        <translation>Cumulative gain</translation>
    </message>
    <message>
        <source>Spent (10,000 yuan)</source>
        <translation>Spent (10,000 yuan)</translation>
    </message>
    <message>
        <source>Run the planner to see the portfolio it proposes.</source>
        <translation>Run the planner to see the portfolio it proposes.</translation>
    </message>
    <message numerus="yes">
        <source>%n investment(s) spend %1 of %2 (10,000 yuan) and gain %3 %4 in %5.</source>
        <translation>
            <numerusform>%n investment(s) spend %1 of %2 (10,000 yuan) and gain %3 %4 in %5.</numerusform>
            <numerusform>%n investment(s) spend %1 of %2 (10,000 yuan) and gain %3 %4 in %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 %2 for this budget (a bound from the gains on their own).</source>
        <translation>At most %1 %2 for this budget (a bound from the gains on their own).</translation>
    </message>
    <message>
        <source>Against scenario &quot;%1&quot;: %2 is %3 there.</source>
        <translation>Against scenario &quot;%1&quot;: %2 is %3 there.</translation>
    </message>
    <message>
        <source>Investment %1 (10,000 yuan) plan</source>
        <translation>Investment %1 (10,000 yuan) plan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no portfolio to apply.</source>
        <translation>There is no portfolio to apply.</translation>
    </message>
    <message>
        <source>Applied as scenario &quot;%1&quot; (Edit &gt; Undo takes it back).</source>
        <translation>Applied as scenario &quot;%1&quot; (Edit &gt; Undo takes it back).</translation>
    </message>
    <message>
        <source>Ca&amp;talogue...</source>
        <translation>Ca&amp;talogue...</translation>
    </message>
    <message>
        <source>What each kind of action costs and does, with its source (saved in the project)</source>
        <translation>What each kind of action costs and does, with its source (saved in the project)</translation>
    </message>
    <message>
        <source>The catalogue changed: costs and ranks follow it, but the gains of actions whose number or capability gain changed are from the last run. Run again for gains and a portfolio under the new catalogue.</source>
        <translation>The catalogue changed: costs and ranks follow it, but the gains of actions whose number or capability gain changed are from the last run. Run again for gains and a portfolio under the new catalogue.</translation>
    </message>
    <message>
        <source>The catalogue changed: costs and ranks follow it. Run again for a portfolio under the new catalogue.</source>
        <translation>The catalogue changed: costs and ranks follow it. Run again for a portfolio under the new catalogue.</translation>
    </message>
    <message>
        <source>The portfolio shows here pick by pick once the candidates are ranked.</source>
        <translation>The portfolio shows here pick by pick once the candidates are ranked.</translation>
    </message>
    <message numerus="yes">
        <source>Choosing the portfolio: %n investment(s) so far, spending %1 (10,000 yuan), gain %2 %3...</source>
        <translation>
            <numerusform>Choosing the portfolio: %n investment(s) so far, spending %1 (10,000 yuan), gain %2 %3...</numerusform>
            <numerusform>Choosing the portfolio: %n investment(s) so far, spending %1 (10,000 yuan), gain %2 %3...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::staffing::Planner</name>
    <message>
        <source>The FTE of a proposed posting must be above 0 and within the FTE limit per person.</source>
        <translation>The FTE of a proposed posting must be above 0 and within the FTE limit per person.</translation>
    </message>
    <message>
        <source>Proposals must belong to every scenario or to the simulated one.</source>
        <translation>Proposals must belong to every scenario or to the simulated one.</translation>
    </message>
    <message>
        <source>The project has no township centre in the alliance.</source>
        <translation>The project has no township centre in the alliance.</translation>
    </message>
</context>
<context>
    <name>cc::staffing::Rules</name>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>facility %1</source>
        <translation>facility %1</translation>
    </message>
    <message>
        <source>FTE per person</source>
        <translation>FTE per person</translation>
    </message>
    <message>
        <source>Minimum grassroots posting</source>
        <translation>Minimum grassroots posting</translation>
    </message>
    <message>
        <source>Township minimum staff</source>
        <translation>Township minimum staff</translation>
    </message>
    <message>
        <source>Grassroots service for promotion</source>
        <translation>Grassroots service for promotion</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>%1 is posted at %2 FTE in %3 (limit %4).</source>
        <translation>%1 is posted at %2 FTE in %3 (limit %4).</translation>
    </message>
    <message>
        <source>The posting of %1 to %2 lasts %3 months; grassroots postings need at least %4.</source>
        <translation>The posting of %1 to %2 lasts %3 months; grassroots postings need at least %4.</translation>
    </message>
    <message>
        <source>%1 has %2 FTE staff in %3; township centres keep at least %4.</source>
        <translation>%1 has %2 FTE staff in %3; township centres keep at least %4.</translation>
    </message>
    <message>
        <source>%1 has %2 FTE general practitioners in %3; the norm of %4 per 10,000 residents asks for %5.</source>
        <translation>%1 has %2 FTE general practitioners in %3; the norm of %4 per 10,000 residents asks for %5.</translation>
    </message>
    <message>
        <source>%1 has %2 months of grassroots service; promotion to associate chief physician needs %3 (%4 short).</source>
        <translation>%1 has %2 months of grassroots service; promotion to associate chief physician needs %3 (%4 short).</translation>
    </message>
</context>
<context>
    <name>cc::staffing::StaffCsv</name>
    <message>
        <source>The file needs a name column (name/姓名) and a role column (role/岗位).</source>
        <translation>The file needs a name column (name/姓名) and a role column (role/岗位).</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown title &quot;%1&quot;</source>
        <translation>unknown title &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown facility &quot;%1&quot;</source>
        <translation>unknown facility &quot;%1&quot;</translation>
    </message>
    <message>
        <source>grassroots months &quot;%1&quot; is not a whole number</source>
        <translation>grassroots months &quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>pay &quot;%1&quot; is not a number</source>
        <translation>pay &quot;%1&quot; is not a number</translation>
    </message>
</context>
<context>
    <name>cc::staffing::StaffingEdits</name>
    <message>
        <source>Refused by the rule &quot;%1&quot;: %2</source>
        <translation>Refused by the rule &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>The project is open read-only.</translation>
    </message>
</context>
<context>
    <name>cc::store</name>
    <message>
        <source>the geometry is truncated</source>
        <translation>the geometry is truncated</translation>
    </message>
    <message>
        <source>the geometry is not a GeoPackage geometry (no &quot;GP&quot; magic)</source>
        <translation>the geometry is not a GeoPackage geometry (no &quot;GP&quot; magic)</translation>
    </message>
    <message>
        <source>the geometry has an unknown GeoPackage binary version %1</source>
        <translation>the geometry has an unknown GeoPackage binary version %1</translation>
    </message>
    <message>
        <source>the geometry uses an extended or reserved GeoPackage binary type</source>
        <translation>the geometry uses an extended or reserved GeoPackage binary type</translation>
    </message>
    <message>
        <source>the geometry has an invalid envelope indicator %1</source>
        <translation>the geometry has an invalid envelope indicator %1</translation>
    </message>
    <message>
        <source>the geometry uses spatial reference %1 instead of EPSG:4326</source>
        <translation>the geometry uses spatial reference %1 instead of EPSG:4326</translation>
    </message>
    <message>
        <source>the geometry has an invalid WKB byte order</source>
        <translation>the geometry has an invalid WKB byte order</translation>
    </message>
    <message>
        <source>the geometry has WKB type %1 where type %2 was expected</source>
        <translation>the geometry has WKB type %1 where type %2 was expected</translation>
    </message>
    <message>
        <source>the geometry has a coordinate that is not a finite number</source>
        <translation>the geometry has a coordinate that is not a finite number</translation>
    </message>
    <message>
        <source>the geometry has extra bytes after its end</source>
        <translation>the geometry has extra bytes after its end</translation>
    </message>
    <message>
        <source>the point is empty</source>
        <translation>the point is empty</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>table %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>an integer in range</source>
        <translation>an integer in range</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 or 1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a geometry</source>
        <translation>a geometry</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>table %1, row %2, column %3: %4</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>table %1, row %2: %3</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 does not hold %4.</source>
        <translation>table %1, row %2, column %3 does not hold %4.</translation>
    </message>
    <message>
        <source>table %1 has %2 rows; at most %3 are allowed.</source>
        <translation>table %1 has %2 rows; at most %3 are allowed.</translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation>the id %1 appears twice</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;</source>
        <translation>unknown setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; appears twice</source>
        <translation>the setting &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>the policy entry refers to scenario %1, which does not exist</source>
        <translation>the policy entry refers to scenario %1, which does not exist</translation>
    </message>
    <message>
        <source>two policy entries of scenario %1 start in month %2</source>
        <translation>two policy entries of scenario %1 start in month %2</translation>
    </message>
    <message>
        <source>unknown policy parameter &quot;%1&quot;</source>
        <translation>unknown policy parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value refers to a policy entry (scenario %1, month %2) that does not exist</source>
        <translation>the value refers to a policy entry (scenario %1, month %2) that does not exist</translation>
    </message>
    <message>
        <source>the policy parameter &quot;%1&quot; appears twice</source>
        <translation>the policy parameter &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>the capability refers to facility %1, which does not exist</source>
        <translation>the capability refers to facility %1, which does not exist</translation>
    </message>
    <message>
        <source>the capability of facility %1 for line %2 appears twice</source>
        <translation>the capability of facility %1 for line %2 appears twice</translation>
    </message>
    <message>
        <source>the project has more than one county boundary</source>
        <translation>the project has more than one county boundary</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>Cannot save &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the database could not be closed.</source>
        <translation>the database could not be closed.</translation>
    </message>
    <message>
        <source>the file could not be replaced (error %1).</source>
        <translation>the file could not be replaced (error %1).</translation>
    </message>
    <message>
        <source>cannot create a file in %1 (%2).</source>
        <translation>cannot create a file in %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>it is not a file.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of CountyCare (file format %1; this version reads up to %2). Please update CountyCare to open it.</source>
        <translation>it was saved by a newer version of CountyCare (file format %1; this version reads up to %2). Please update CountyCare to open it.</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>the table &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>it could not be upgraded from file format %1 to %2 (%3).</source>
        <translation>it could not be upgraded from file format %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation>the database is damaged (%1).</translation>
    </message>
    <message>
        <source>the database fails its integrity check (%1).</source>
        <translation>the database fails its integrity check (%1).</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage or CountyCare project.</source>
        <translation>it is an SQLite database but not a GeoPackage or CountyCare project.</translation>
    </message>
    <message>
        <source>it contains a %1 &quot;%2&quot; that CountyCare did not create.</source>
        <translation>it contains a %1 &quot;%2&quot; that CountyCare did not create.</translation>
    </message>
    <message>
        <source>it holds too many tables.</source>
        <translation>it holds too many tables.</translation>
    </message>
    <message>
        <source>it is a GeoPackage but not a CountyCare project.</source>
        <translation>it is a GeoPackage but not a CountyCare project.</translation>
    </message>
    <message>
        <source>the file format version &quot;%1&quot; is not a number.</source>
        <translation>the file format version &quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>it has no CountyCare file format version.</source>
        <translation>it has no CountyCare file format version.</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>the file cannot be read (%1).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>the file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>it is not a CountyCare project (not an SQLite database).</source>
        <translation>it is not a CountyCare project (not an SQLite database).</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes).</source>
        <translation>the file is truncated (%1 bytes).</translation>
    </message>
    <message>
        <source>the database header is damaged (page size %1).</source>
        <translation>the database header is damaged (page size %1).</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes).</source>
        <translation>the file is truncated (%1 of %2 bytes).</translation>
    </message>
    <message>
        <source>the file can only be opened once, for writing.</source>
        <translation>the file can only be opened once, for writing.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>it is a folder.</translation>
    </message>
    <message>
        <source>the existing file is read-only.</source>
        <translation>the existing file is read-only.</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>the file could not be written.</translation>
    </message>
    <message>
        <source>the file was not open.</source>
        <translation>the file was not open.</translation>
    </message>
    <message>
        <source>it was deleted or moved away</source>
        <translation>it was deleted or moved away</translation>
    </message>
    <message>
        <source>another file was put there</source>
        <translation>another file was put there</translation>
    </message>
    <message>
        <source>it was replaced by another file</source>
        <translation>it was replaced by another file</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes</source>
        <translation>its size changed from %1 to %2 bytes</translation>
    </message>
    <message>
        <source>another program saved changes to it</source>
        <translation>another program saved changes to it</translation>
    </message>
    <message>
        <source>it was modified at %1</source>
        <translation>it was modified at %1</translation>
    </message>
    <message>
        <source>applying &quot;%1&quot; beside it (left by an interrupted save, or by another database) does not give a sound project (%2). The file and &quot;%1&quot; were left as they were; copies of both are in &quot;%3&quot;. To open the file without it, move &quot;%1&quot; elsewhere.</source>
        <translation>applying &quot;%1&quot; beside it (left by an interrupted save, or by another database) does not give a sound project (%2). The file and &quot;%1&quot; were left as they were; copies of both are in &quot;%3&quot;. To open the file without it, move &quot;%1&quot; elsewhere.</translation>
    </message>
    <message>
        <source>changes in &quot;%1&quot; beside it have not yet been written into the file, and that can only be done where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</source>
        <translation>changes in &quot;%1&quot; beside it have not yet been written into the file, and that can only be done where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</translation>
    </message>
    <message>
        <source>an interrupted save left &quot;%1&quot; beside it, and the save can only be rolled back where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</source>
        <translation>an interrupted save left &quot;%1&quot; beside it, and the save can only be rolled back where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>the folder %1 cannot be made</translation>
    </message>
    <message>
        <source>&quot;%1&quot; beside it holds changes that were not finished, but no safety copy could be made before applying them (%2). Free some space and try again.</source>
        <translation>&quot;%1&quot; beside it holds changes that were not finished, but no safety copy could be made before applying them (%2). Free some space and try again.</translation>
    </message>
    <message>
        <source>Putting them back failed (%1): take them from that folder.</source>
        <translation>Putting them back failed (%1): take them from that folder.</translation>
    </message>
    <message>
        <source>changes waiting in &quot;%1&quot; were written into the file; the file as found is kept in &quot;%2&quot;.</source>
        <translation>changes waiting in &quot;%1&quot; were written into the file; the file as found is kept in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>an interrupted save was rolled back with &quot;%1&quot;: the file is as it was last saved; the file as found is kept in &quot;%2&quot;.</source>
        <translation>an interrupted save was rolled back with &quot;%1&quot;: the file is as it was last saved; the file as found is kept in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (process %2 on %3)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>holds a NUL character</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>holds the control or formatting character %1</source>
        <translation>holds the control or formatting character %1</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 %4.</source>
        <translation>table %1, row %2, column %3 %4.</translation>
    </message>
    <message>
        <source>%1 since it was opened. Nothing was written; open it again (or save under another name) so that no one&apos;s changes are lost.</source>
        <translation>%1 since it was opened. Nothing was written; open it again (or save under another name) so that no one&apos;s changes are lost.</translation>
    </message>
    <message>
        <source>it kept changing while it was read (another program is writing it); try again.</source>
        <translation>it kept changing while it was read (another program is writing it); try again.</translation>
    </message>
    <message>
        <source>it contains an index &quot;%1&quot; on table %2 that CountyCare did not create.</source>
        <translation>it contains an index &quot;%1&quot; on table %2 that CountyCare did not create.</translation>
    </message>
    <message>
        <source>the geometry uses spatial reference %1 instead of the layer&apos;s %2</source>
        <translation>the geometry uses spatial reference %1 instead of the layer&apos;s %2</translation>
    </message>
    <message>
        <source>spatial reference %1</source>
        <translation>spatial reference %1</translation>
    </message>
    <message>
        <source>layer %1 says it is in spatial reference %2, which the file does not define (gpkg_spatial_ref_sys).</source>
        <translation>layer %1 says it is in spatial reference %2, which the file does not define (gpkg_spatial_ref_sys).</translation>
    </message>
    <message>
        <source>an undefined coordinate system</source>
        <translation>an undefined coordinate system</translation>
    </message>
    <message>
        <source>the position (%1, %2) in %3 cannot be converted to WGS 84</source>
        <translation>the position (%1, %2) in %3 cannot be converted to WGS 84</translation>
    </message>
    <message>
        <source>layer %1 is in the coordinate system %2, which CountyCare cannot convert to WGS 84%3. Convert the layer to EPSG:4326 (for example with ogr2ogr -t_srs EPSG:4326) and open it again.</source>
        <translation>layer %1 is in the coordinate system %2, which CountyCare cannot convert to WGS 84%3. Convert the layer to EPSG:4326 (for example with ogr2ogr -t_srs EPSG:4326) and open it again.</translation>
    </message>
    <message>
        <source>unknown investment action &quot;%1&quot;</source>
        <translation>unknown investment action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; appears twice</source>
        <translation>the action &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>unknown planner setting &quot;%1&quot;</source>
        <translation>unknown planner setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the care centre refers to facility %1, which does not exist</source>
        <translation>the care centre refers to facility %1, which does not exist</translation>
    </message>
    <message>
        <source>unknown kind of care centre %1</source>
        <translation>unknown kind of care centre %1</translation>
    </message>
    <message>
        <source>the temporary file cannot be emptied.</source>
        <translation>the temporary file cannot be emptied.</translation>
    </message>
    <message>
        <source>it contains a virtual table &quot;%1&quot; that CountyCare did not create and that is not a GeoPackage spatial index.</source>
        <translation>it contains a virtual table &quot;%1&quot; that CountyCare did not create and that is not a GeoPackage spatial index.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan tight county health alliances.</source>
        <translation>Plan tight county health alliances.</translation>
    </message>
    <message>
        <source>Open the demo county instead of the start page</source>
        <translation>Open the demo county instead of the start page</translation>
    </message>
    <message>
        <source>Scenario to show</source>
        <translation>Scenario to show</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Scenario to compare with</source>
        <translation>Scenario to compare with</translation>
    </message>
    <message>
        <source>Project file to open (.ccplan or .gpkg)</source>
        <translation>Project file to open (.ccplan or .gpkg)</translation>
    </message>
    <message>
        <source>Start with a view open: workshop, workshop-playing, workshop-lever, glossary, model-notes, calibration, tour, explain or start-page</source>
        <translation>Start with a view open: workshop, workshop-playing, workshop-lever, glossary, model-notes, calibration, tour, explain or start-page</translation>
    </message>
</context>
</TS>
