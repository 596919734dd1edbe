<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cc::Autosaver</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <source>CountyCare did not close normally. An automatic copy of "%1" holds changes that were not saved.</source>
        <translation>CountyCare did not close normally. An automatic copy of "%1" holds changes that were not saved.</translation>
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
        <source>CSV files can hold facilities or settlements only; use GeoJSON for %1.</source>
        <translation>CSV files can hold facilities or settlements only; use GeoJSON for %1.</translation>
    </message>
    <message>
        <source>No column is chosen for "%1".</source>
        <translation>No column is chosen for "%1".</translation>
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
        <source>%1 "%2" is not a number</source>
        <translation>%1 "%2" is not a number</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>The file has a header but no data rows.</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as "CSV UTF-8" and import it again.</source>
        <translation>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as "CSV UTF-8" and import it again.</translation>
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
        <source>expected a %1 geometry, got "%2"</source>
        <translation>expected a %1 geometry, got "%2"</translation>
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
        <source>unknown road class "%1"</source>
        <translation>unknown road class "%1"</translation>
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
        <source>%1 "%2" is not true or false</source>
        <translation>%1 "%2" is not true or false</translation>
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
        <source>unknown facility level "%1"</source>
        <translation>unknown facility level "%1"</translation>
    </message>
    <message>
        <source>unknown hospital kind "%1"</source>
        <translation>unknown hospital kind "%1"</translation>
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
        <source>"%1": %2</source>
        <translation>"%1": %2</translation>
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
        <translation><numerusform>... and %n more problem</numerusform><numerusform>... and %n more problems</numerusform></translation>
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
        <translation><numerusform>%n item of the file has problems; nothing was imported.</numerusform><numerusform>%n items of the file have problems; nothing was imported.</numerusform></translation>
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
</context>
<context>
    <name>cc::FileActions</name>
    <message>
        <source>CountyCare projects (*.ccplan);;All files (*)</source>
        <translation>CountyCare projects (*.ccplan);;All files (*)</translation>
    </message>
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
        <source>Open a project file (.ccplan)</source>
        <translation>Open a project file (.ccplan)</translation>
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
        <source>"%1" has unsaved changes. Save them before closing?</source>
        <translation>"%1" has unsaved changes. Save them before closing?</translation>
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
        <source>"%1" is open in another CountyCare window (%2). Changes made in both would overwrite each other.

Open it read-only? You can still save a copy with Save As.</source>
        <translation>"%1" is open in another CountyCare window (%2). Changes made in both would overwrite each other.

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
        <source>"%1" was changed by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>"%1" was changed by another program since you opened it. Saving now would overwrite those changes.</translation>
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
        <source>Discard all unsaved changes to "%1"?</source>
        <translation>Discard all unsaved changes to "%1"?</translation>
    </message>
</context>
<context>
    <name>cc::FileGuard</name>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
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
        <translation><numerusform>Wrote the report %1 (%n page)</numerusform><numerusform>Wrote the report %1 (%n pages)</numerusform></translation>
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
        <source>Share of an episode's cost that falls inside the insurance catalogue (政策范围内费用占比).</source>
        <translation>Share of an episode's cost that falls inside the insurance catalogue (政策范围内费用占比).</translation>
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
        <source>The alliance receives one prepaid budget and pays its residents' claims everywhere (医保总额付费).</source>
        <translation>The alliance receives one prepaid budget and pays its residents' claims everywhere (医保总额付费).</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Budget share</translation>
    </message>
    <message>
        <source>Share of the available fund handed to the alliance as its global budget.</source>
        <translation>Share of the available fund handed to the alliance as its global budget.</translation>
    </message>
    <message>
        <source>Critical illness share</source>
        <translation>Critical illness share</translation>
    </message>
    <message>
        <source>Share of revenue set aside for critical illness insurance (大病保险) before the budget.</source>
        <translation>Share of revenue set aside for critical illness insurance (大病保险) before the budget.</translation>
    </message>
    <message>
        <source>Risk reserve share</source>
        <translation>Risk reserve share</translation>
    </message>
    <message>
        <source>Share of revenue the fund keeps as a risk reserve (风险调剂金) before the budget.</source>
        <translation>Share of revenue the fund keeps as a risk reserve (风险调剂金) before the budget.</translation>
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
        <source>Point value = the year's DRG budget / total points (浮动点值); otherwise a fixed value per point.</source>
        <translation>Point value = the year's DRG budget / total points (浮动点值); otherwise a fixed value per point.</translation>
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
        <source>Calendar year of month 0.</source>
        <translation>Calendar year of month 0.</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Start month</translation>
    </message>
    <message>
        <source>Calendar month (1-12) of month 0.</source>
        <translation>Calendar month (1-12) of month 0.</translation>
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
        <source>Utility bonus of a facility inside the county (bin).</source>
        <translation>Utility bonus of a facility inside the county (bin).</translation>
    </message>
    <message>
        <source>Family-doctor loyalty</source>
        <translation>Family-doctor loyalty</translation>
    </message>
    <message>
        <source>Utility bonus of the home grassroots facility for signed residents (bsig).</source>
        <translation>Utility bonus of the home grassroots facility for signed residents (bsig).</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>Congestion aversion</translation>
    </message>
    <message>
        <source>Utility loss per unit of excess load (bw).</source>
        <translation>Utility loss per unit of excess load (bw).</translation>
    </message>
    <message>
        <source>Effect of a junior doctor</source>
        <translation>Effect of a junior doctor</translation>
    </message>
    <message>
        <source>Share of a senior doctor's effect on capability that a junior doctor has.</source>
        <translation>Share of a senior doctor's effect on capability that a junior doctor has.</translation>
    </message>
    <message>
        <source>Effect of an intermediate doctor</source>
        <translation>Effect of an intermediate doctor</translation>
    </message>
    <message>
        <source>Share of a senior doctor's effect on capability that an intermediate doctor has.</source>
        <translation>Share of a senior doctor's effect on capability that an intermediate doctor has.</translation>
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
        <source>Share of a posting's effect on capability that stays after it ends.</source>
        <translation>Share of a posting's effect on capability that stays after it ends.</translation>
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
        <source>Accumulated balance of the county resident insurance fund at month 0 (累计结余).</source>
        <translation>Accumulated balance of the county resident insurance fund at month 0 (累计结余).</translation>
    </message>
    <message>
        <source>Stated in-county treatment rate</source>
        <translation>Stated in-county treatment rate</translation>
    </message>
    <message>
        <source>County's starting in-county treatment rate (县域就诊率) the model is calibrated to.</source>
        <translation>County's starting in-county treatment rate (县域就诊率) the model is calibrated to.</translation>
    </message>
    <message>
        <source>Stated in-county inpatient share</source>
        <translation>Stated in-county inpatient share</translation>
    </message>
    <message>
        <source>County's starting in-county inpatient share (县域内住院人次占比).</source>
        <translation>County's starting in-county inpatient share (县域内住院人次占比).</translation>
    </message>
    <message>
        <source>Stated grassroots share</source>
        <translation>Stated grassroots share</translation>
    </message>
    <message>
        <source>County's starting grassroots share of outpatient visits (基层诊疗量占比).</source>
        <translation>County's starting grassroots share of outpatient visits (基层诊疗量占比).</translation>
    </message>
    <message>
        <source>Queue smoothing</source>
        <translation>Queue smoothing</translation>
    </message>
    <message>
        <source>Share of last month's queue carried into this month; damps the month-to-month swing of overloaded facilities.</source>
        <translation>Share of last month's queue carried into this month; damps the month-to-month swing of overloaded facilities.</translation>
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
</context>
<context>
    <name>cc::PolicyEdits</name>
    <message>
        <source>The scenario %1 does not exist.</source>
        <translation>The scenario %1 does not exist.</translation>
    </message>
    <message>
        <source>The scenario "%1" has no policy change number %2.</source>
        <translation>The scenario "%1" has no policy change number %2.</translation>
    </message>
    <message>
        <source>A policy change takes effect from month 1 to %1.</source>
        <translation>A policy change takes effect from month 1 to %1.</translation>
    </message>
    <message>
        <source>A policy change already takes effect in that month.</source>
        <translation>A policy change already takes effect in that month.</translation>
    </message>
    <message>
        <source>The policy in effect from month 0 cannot be removed.</source>
        <translation>The policy in effect from month 0 cannot be removed.</translation>
    </message>
    <message>
        <source>The first policy always takes effect from month 0.</source>
        <translation>The first policy always takes effect from month 0.</translation>
    </message>
    <message>
        <source>Duplicate scenario "%1"</source>
        <translation>Duplicate scenario "%1"</translation>
    </message>
</context>
<context>
    <name>cc::PolicyPanel</name>
    <message>
        <source>The scenario whose payment policy you edit</source>
        <translation>The scenario whose payment policy you edit</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
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
        <source>Remove this policy change (the one from month 0 stays)</source>
        <translation>Remove this policy change (the one from month 0 stays)</translation>
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
        <source>Month %1 (%2)</source>
        <translation>Month %1 (%2)</translation>
    </message>
    <message>
        <source>Add Policy Change</source>
        <translation>Add Policy Change</translation>
    </message>
    <message>
        <source>Month from which the change takes effect (1 = %1):</source>
        <translation>Month from which the change takes effect (1 = %1):</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDiff</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>%n removed</numerusform><numerusform>%n removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation><numerusform>%n changed</numerusform><numerusform>%n changed</numerusform></translation>
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
        <source>Title: "%1" -&gt; "%2"</source>
        <translation>Title: "%1" -&gt; "%2"</translation>
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
</context>
<context>
    <name>cc::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
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
        <source>%1: "%2" is not a number.</source>
        <translation>%1: "%2" is not a number.</translation>
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
        <source>County doctors posted 6+ months per 10,000 residents</source>
        <translation>County doctors posted 6+ months per 10,000 residents</translation>
    </message>
    <message>
        <source>Staff needed / posted (FTE)</source>
        <translation>Staff needed / posted (FTE)</translation>
    </message>
    <message>
        <source>Retained surplus, whole horizon (yuan)</source>
        <translation>Retained surplus, whole horizon (yuan)</translation>
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
        <translation><numerusform>Move %n place</numerusform><numerusform>Move %n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map items</source>
        <translation><numerusform>Delete %n map item</numerusform><numerusform>Delete %n map items</numerusform></translation>
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
        <source>The facility's capability refers to service line %1, which does not exist.</source>
        <translation>The facility's capability refers to service line %1, which does not exist.</translation>
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
        <source>The road name is longer than %1 characters.</source>
        <translation>The road name is longer than %1 characters.</translation>
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
        <source>The staff member's employer %1 does not exist.</source>
        <translation>The staff member's employer %1 does not exist.</translation>
    </message>
    <message>
        <source>The staff member's home facility %1 does not exist.</source>
        <translation>The staff member's home facility %1 does not exist.</translation>
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
        <source>A posting must start at month 0 or later and end after it starts (got %1 to %2).</source>
        <translation>A posting must start at month 0 or later and end after it starts (got %1 to %2).</translation>
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
        <source>Another service line already has the code "%1".</source>
        <translation>Another service line already has the code "%1".</translation>
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
        <source>Another scenario is already called "%1".</source>
        <translation>Another scenario is already called "%1".</translation>
    </message>
    <message>
        <source>The scenario description is longer than 10,000 characters.</source>
        <translation>The scenario description is longer than 10,000 characters.</translation>
    </message>
    <message>
        <source>A scenario's policy schedule must start at month 0.</source>
        <translation>A scenario's policy schedule must start at month 0.</translation>
    </message>
    <message>
        <source>A policy change must take effect between month 0 and %1.</source>
        <translation>A policy change must take effect between month 0 and %1.</translation>
    </message>
    <message>
        <source>Two policy changes take effect in the same month, or out of order (month %1).</source>
        <translation>Two policy changes take effect in the same month, or out of order (month %1).</translation>
    </message>
    <message>
        <source>A policy note is longer than 10,000 characters.</source>
        <translation>A policy note is longer than 10,000 characters.</translation>
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
        <source>%1 %2 has an invalid id.</source>
        <translation>%1 %2 has an invalid id.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The project title is longer than %1 characters.</source>
        <translation>The project title is longer than %1 characters.</translation>
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
        <source>The project title is longer than %1 characters.</source>
        <translation>The project title is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>Rename project</translation>
    </message>
</context>
<context>
    <name>cc::store</name>
    <message>
        <source>the geometry is truncated</source>
        <translation>the geometry is truncated</translation>
    </message>
    <message>
        <source>the geometry is not a GeoPackage geometry (no "GP" magic)</source>
        <translation>the geometry is not a GeoPackage geometry (no "GP" magic)</translation>
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
        <source>unknown setting "%1"</source>
        <translation>unknown setting "%1"</translation>
    </message>
    <message>
        <source>the setting "%1" appears twice</source>
        <translation>the setting "%1" appears twice</translation>
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
        <source>unknown policy parameter "%1"</source>
        <translation>unknown policy parameter "%1"</translation>
    </message>
    <message>
        <source>the value refers to a policy entry (scenario %1, month %2) that does not exist</source>
        <translation>the value refers to a policy entry (scenario %1, month %2) that does not exist</translation>
    </message>
    <message>
        <source>the policy parameter "%1" appears twice</source>
        <translation>the policy parameter "%1" appears twice</translation>
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
        <source>Cannot save "%1": %2</source>
        <translation>Cannot save "%1": %2</translation>
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
        <source>Cannot open "%1": %2</source>
        <translation>Cannot open "%1": %2</translation>
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
        <source>the table "%1" is missing.</source>
        <translation>the table "%1" is missing.</translation>
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
        <source>it contains a %1 "%2" that CountyCare did not create.</source>
        <translation>it contains a %1 "%2" that CountyCare did not create.</translation>
    </message>
    <message>
        <source>it contains a virtual table "%1" that CountyCare did not create.</source>
        <translation>it contains a virtual table "%1" that CountyCare did not create.</translation>
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
        <source>the file format version "%1" is not a number.</source>
        <translation>the file format version "%1" is not a number.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan tight county health alliances.</source>
        <translation>Plan tight county health alliances.</translation>
    </message>
    <message>
        <source>Project file to open (.ccplan)</source>
        <translation>Project file to open (.ccplan)</translation>
    </message>
</context>
</TS>
