<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cc::Autosaver</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>CountyCare did not close normally. An automatic copy of "%1" holds changes that were not saved.</source>
        <translation>CountyCare 上次未正常关闭。“%1”的自动保存副本中有未保存的更改。</translation>
    </message>
    <message>
        <source>Differences from the saved project:</source>
        <translation>与已保存项目的差异：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Restore autosaved changes</source>
        <translation>恢复自动保存的更改</translation>
    </message>
</context>
<context>
    <name>cc::BoundaryTool</name>
    <message>
        <source>Click the corners of the county, double-click to close the boundary.</source>
        <translation>依次单击县界各拐点，双击闭合县界。</translation>
    </message>
    <message>
        <source>Move boundary vertex</source>
        <translation>移动县界顶点</translation>
    </message>
    <message>
        <source>A boundary ring needs at least three corners.</source>
        <translation>县界环至少需要三个拐点。</translation>
    </message>
    <message>
        <source>Delete boundary vertex</source>
        <translation>删除县界顶点</translation>
    </message>
    <message>
        <source>Double-click on the boundary line to insert a corner.</source>
        <translation>双击县界线可插入拐点。</translation>
    </message>
    <message>
        <source>Insert boundary vertex</source>
        <translation>插入县界顶点</translation>
    </message>
    <message>
        <source>A boundary needs at least three corners.</source>
        <translation>县界至少需要三个拐点。</translation>
    </message>
    <message>
        <source>Draw county boundary</source>
        <translation>绘制县界</translation>
    </message>
</context>
<context>
    <name>cc::Charts</name>
    <message>
        <source>The image size %1 x %2 at %3 dpi is out of range.</source>
        <translation>图像尺寸 %1 x %2（%3 dpi）超出范围。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The image size is out of range.</source>
        <translation>图像尺寸超出范围。</translation>
    </message>
    <message>
        <source>Chart exported by CountyCare Planner</source>
        <translation>由 CountyCare Planner 导出的图表</translation>
    </message>
    <message>
        <source>The page size is out of range.</source>
        <translation>页面尺寸超出范围。</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>City (out of county)</source>
        <translation>市级医院（县外）</translation>
    </message>
    <message>
        <source>Province (out of county)</source>
        <translation>省级医院（县外）</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>对比方案</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>Grassroots share</source>
        <translation>基层诊疗量占比</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <translation>基金结余</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>基金可支付月数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Retained surplus (alliance)</source>
        <translation>结余留用（医共体）</translation>
    </message>
    <message>
        <source>Year-end settlement</source>
        <translation>年终清算</translation>
    </message>
    <message>
        <source>FTE needed (WISN)</source>
        <translation>所需全职当量（WISN）</translation>
    </message>
    <message>
        <source>FTE posted</source>
        <translation>派驻全职当量</translation>
    </message>
    <message>
        <source>Target 90%</source>
        <translation>目标 90%</translation>
    </message>
    <message>
        <source>Grassroots target 55-65%</source>
        <translation>基层目标 55-65%</translation>
    </message>
    <message>
        <source>In-county treatment</source>
        <translation>县域内就诊</translation>
    </message>
    <message>
        <source>Insurance fund balance</source>
        <translation>医保基金结余</translation>
    </message>
    <message>
        <source>Fund revenue and payments</source>
        <translation>基金收入与支出</translation>
    </message>
    <message>
        <source>Alliance retained surplus and year-end settlements</source>
        <translation>医共体结余留用与年终清算</translation>
    </message>
    <message>
        <source>Episodes by level</source>
        <translation>各级诊疗人次</translation>
    </message>
    <message>
        <source>Staffing: need vs posted</source>
        <translation>人员配置：需求与派驻</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>乡镇 %1</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Balance (yuan)</source>
        <translation>结余（元）</translation>
    </message>
    <message>
        <source>Yuan per month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Episodes per month</source>
        <translation>诊疗人次/月</translation>
    </message>
    <message>
        <source>Full-time equivalents</source>
        <translation>全职当量</translation>
    </message>
</context>
<context>
    <name>cc::Cli</name>
    <message>
        <source>%1: file exists, use --force to overwrite it</source>
        <translation>%1：文件已存在，使用 --force 覆盖</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1：是一个目录</translation>
    </message>
    <message>
        <source>%1: the generated project is invalid: %2</source>
        <translation>%1：生成的项目无效：%2</translation>
    </message>
    <message>
        <source>Wrote the demo county %1 to %2: %3 residents, %4 settlements, %5 facilities, %6 staff, %7 scenarios.</source>
        <translation>已将示例县 %1 写入 %2：%3 名居民，%4 个居民点，%5 个医疗机构，%6 名人员，%7 个方案。</translation>
    </message>
    <message>
        <source>Wrote an empty project to %1.</source>
        <translation>已将空项目写入 %1。</translation>
    </message>
</context>
<context>
    <name>cc::Exchange</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hospital kind</source>
        <translation>医院类别</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Alliance member</source>
        <translation>医共体成员</translation>
    </message>
    <message>
        <source>Family-doctor signing share</source>
        <translation>家庭医生签约率</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城镇</translation>
    </message>
    <message>
        <source>CSV files can hold facilities or settlements only; use GeoJSON for %1.</source>
        <translation>CSV 文件只能包含医疗机构或居民点；%1请使用 GeoJSON。</translation>
    </message>
    <message>
        <source>No column is chosen for "%1".</source>
        <translation>未为“%1”选择列。</translation>
    </message>
    <message>
        <source>The mapping names column %1, but the file has %2 columns.</source>
        <translation>映射指定了第 %1 列，但文件只有 %2 列。</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>文件有表头但没有数据行。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as "CSV UTF-8" and import it again.</source>
        <translation>文件不是 UTF-8 编码，且此版本无法读取 %1（GBK）文本。请将文件另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor %1 (GBK) text.</source>
        <translation>文件既不是 UTF-8 也不是 %1（GBK）文本。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text; try the GBK encoding.</source>
        <translation>文件不是有效的 UTF-8 文本；请尝试使用 GBK 编码。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>文件超过 %1 行。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>第 %1 行超过 %2 列。</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is not closed before the end of the file.</source>
        <translation>第 %1 行：带引号的字段直到文件末尾仍未闭合。</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>文件 %1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the coordinates are not finite numbers</source>
        <translation>坐标不是有限数值</translation>
    </message>
    <message>
        <source>(%1, %2) looks like projected metres, not degrees; convert the file to longitude/latitude first</source>
        <translation>(%1, %2) 似乎是以米为单位的投影坐标，而不是经纬度；请先将文件转换为经纬度坐标</translation>
    </message>
    <message>
        <source>latitude %1 is out of range (-90 to 90)</source>
        <translation>纬度 %1 超出范围（-90 到 90）</translation>
    </message>
    <message>
        <source>longitude %1 is out of range (-180 to 180)</source>
        <translation>经度 %1 超出范围（-180 到 180）</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>expected a %1 geometry, got "%2"</source>
        <translation>应为 %1 几何类型，实际为“%2”</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The file has more than %1 coordinates.</source>
        <translation>文件的坐标数超过 %1 个。</translation>
    </message>
    <message>
        <source>a position is not a [longitude, latitude] pair</source>
        <translation>某个位置不是 [经度, 纬度] 数对</translation>
    </message>
    <message>
        <source>the coordinates are not numbers</source>
        <translation>坐标不是数字</translation>
    </message>
    <message>
        <source>the coordinates are not an array</source>
        <translation>坐标不是数组</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 has %3 positions; a ring needs at least 4</source>
        <translation>多边形 %1 的环 %2 有 %3 个位置；一个环至少需要 4 个</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 is not closed (its last position differs from its first)</source>
        <translation>多边形 %1 的环 %2 未闭合（最后一个位置与第一个不同）</translation>
    </message>
    <message>
        <source>polygon %1 is empty</source>
        <translation>多边形 %1 为空</translation>
    </message>
    <message>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <source>the road class is missing</source>
        <translation>缺少道路等级</translation>
    </message>
    <message>
        <source>unknown road class "%1"</source>
        <translation>未知的道路等级“%1”</translation>
    </message>
    <message>
        <source>speed_kmh</source>
        <translation>车速（speed_kmh，公里/小时）</translation>
    </message>
    <message>
        <source>a line has %1 positions; it needs at least 2</source>
        <translation>线有 %1 个位置；至少需要 2 个</translation>
    </message>
    <message>
        <source>not a GeoJSON Feature</source>
        <translation>不是 GeoJSON Feature</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>要素没有几何</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection, Feature or array of Features.</source>
        <translation>文件不是 GeoJSON FeatureCollection、Feature 或 Feature 数组。</translation>
    </message>
    <message>
        <source>The file has more than %1 features.</source>
        <translation>文件的要素数超过 %1 个。</translation>
    </message>
    <message>
        <source>The file holds no features.</source>
        <translation>文件不包含任何要素。</translation>
    </message>
    <message>
        <source>the township name is not acceptable (empty or longer than %1 characters)</source>
        <translation>乡镇名称不可用（为空或超过 %1 个字符）</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number</source>
        <translation>%1 %2 不是整数</translation>
    </message>
    <message>
        <source>%1 "%2" is not true or false</source>
        <translation>%1“%2”不是 true 或 false</translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>the level is missing</source>
        <translation>缺少级别</translation>
    </message>
    <message>
        <source>unknown facility level "%1"</source>
        <translation>未知的医疗机构级别“%1”</translation>
    </message>
    <message>
        <source>unknown hospital kind "%1"</source>
        <translation>未知的医院类型“%1”</translation>
    </message>
    <message>
        <source>beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>beds %1 is negative</source>
        <translation>床位数 %1 为负数</translation>
    </message>
    <message>
        <source>population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>the population is missing</source>
        <translation>缺少人口</translation>
    </message>
    <message>
        <source>population %1 is negative</source>
        <translation>人口 %1 为负数</translation>
    </message>
    <message>
        <source>signed share</source>
        <translation>签约率</translation>
    </message>
    <message>
        <source>"%1": %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The project changed while importing.</source>
        <translation>导入过程中项目已发生变化。</translation>
    </message>
    <message>
        <source>feature %1: %2</source>
        <translation>要素 %1：%2</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation><numerusform>... 另有 %n 个问题</numerusform></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>There is nothing valid to import.</source>
        <translation>没有可导入的有效内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the file have problems; nothing was imported.</source>
        <translation><numerusform>文件中有 %n 项存在问题，未导入任何内容。</numerusform></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>county boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>settlements</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>The %1 cannot be exported as CSV; use GeoJSON.</source>
        <translation>%1无法导出为 CSV；请使用 GeoJSON。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cc::FileActions</name>
    <message>
        <source>CountyCare projects (*.ccplan);;All files (*)</source>
        <translation>CountyCare 项目 (*.ccplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>新建空项目</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a project file (.ccplan)</source>
        <translation>打开项目文件（.ccplan）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Demo County</source>
        <translation>打开示例县(&amp;D)</translation>
    </message>
    <message>
        <source>Open the built-in demo county (Qingshan County)</source>
        <translation>打开内置示例县（青山县）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>以新名称保存项目</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>放弃未保存的更改并重新加载文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>"%1" has unsaved changes. Save them before closing?</source>
        <translation>“%1”有未保存的更改。关闭前是否保存？</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>项目正在使用</translation>
    </message>
    <message>
        <source>"%1" is open in another CountyCare window (%2). Changes made in both would overwrite each other.

Open it read-only? You can still save a copy with Save As.</source>
        <translation>“%1”已在另一个 CountyCare 窗口中打开（%2）。两处所做的更改会相互覆盖。

是否以只读方式打开？仍可通过“另存为”保存副本。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded from an older version; saving writes the new format)</source>
        <translation>已打开 %1（已从旧版本升级，保存时将写入新格式）</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Demo county opened: save it to keep your changes</source>
        <translation>已打开示例县：请保存以保留您的更改</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>"%1" was changed by another program since you opened it. Saving now would overwrite those changes.</source>
        <translation>自您打开“%1”后，该文件已被其他程序修改。现在保存将覆盖这些修改。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard all unsaved changes to "%1"?</source>
        <translation>放弃对“%1”的所有未保存更改？</translation>
    </message>
</context>
<context>
    <name>cc::FileGuard</name>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
</context>
<context>
    <name>cc::Labels</name>
    <message>
        <source>Village clinic</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <source>Township health centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>City hospital (out of county)</source>
        <translation>市级医院（县外）</translation>
    </message>
    <message>
        <source>Provincial hospital (out of county)</source>
        <translation>省级医院（县外）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <source>Traditional Chinese medicine</source>
        <translation>中医</translation>
    </message>
    <message>
        <source>Maternal and child health</source>
        <translation>妇幼保健</translation>
    </message>
    <message>
        <source>Expressway</source>
        <translation>高速公路</translation>
    </message>
    <message>
        <source>National road</source>
        <translation>国道</translation>
    </message>
    <message>
        <source>Provincial road</source>
        <translation>省道</translation>
    </message>
    <message>
        <source>County road</source>
        <translation>县道</translation>
    </message>
    <message>
        <source>Village road</source>
        <translation>村道</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>全科医生</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专科医生</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>公共卫生</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Simulated indicators of the selected scenario at the end of the horizon</source>
        <translation>所选方案在模拟期末的模拟指标</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)...</source>
        <translation>导出报告（PDF）(&amp;R)...</translation>
    </message>
    <message>
        <source>Write an A4 PDF report: parameters, map, every chart and the indicators at the start and end of the horizon</source>
        <translation>生成 A4 PDF 报告：参数、地图、全部图表以及模拟期初和期末的指标</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit CountyCare Planner</source>
        <translation>退出 CountyCare Planner</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CountyCare Planner</source>
        <translation>关于 CountyCare Planner(&amp;A)</translation>
    </message>
    <message>
        <source>About CountyCare Planner</source>
        <translation>关于 CountyCare Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CountyCare Planner %1&lt;/h3&gt;&lt;p&gt;Plan tight county health alliances: facilities, staff postings and insurance payment, and their effect on the in-county treatment rate and the insurance fund.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CountyCare Planner %1&lt;/h3&gt;&lt;p&gt;紧密型县域医共体规划：医疗机构、人员派驻和医保支付方式，及其对县域就诊率和医保基金的影响。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Map Tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Payment Policy</source>
        <translation>支付政策</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report %1 (%n pages)</source>
        <translation><numerusform>已生成报告 %1（共 %n 页）</numerusform></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1[*] - CountyCare Planner</source>
        <translation>%1[*] - CountyCare 县域医共体规划</translation>
    </message>
    <message>
        <source>%1 settlements, population %2 · %3 facilities · %4 staff</source>
        <translation>%1 个居民点，人口 %2 · %3 个医疗机构 · %4 名人员</translation>
    </message>
    <message>
        <source>In-county rate %1 → %2 · fund reserve %3 months</source>
        <translation>县域就诊率 %1 → %2 · 基金可支付 %3 个月</translation>
    </message>
</context>
<context>
    <name>cc::MapEditor</name>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Drag to move the map; the map cannot be edited</source>
        <translation>拖动以移动地图；不可编辑地图</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to select; drag selected places to move them</source>
        <translation>单击或拖出矩形进行选择；拖动选中的地点可移动它们</translation>
    </message>
    <message>
        <source>Add Facility</source>
        <translation>添加医疗机构</translation>
    </message>
    <message>
        <source>Click on the map to add a facility of the chosen level</source>
        <translation>在地图上单击以添加所选级别的医疗机构</translation>
    </message>
    <message>
        <source>Add Settlement</source>
        <translation>添加居民点</translation>
    </message>
    <message>
        <source>Click on the map to add a village or community</source>
        <translation>在地图上单击以添加村或社区</translation>
    </message>
    <message>
        <source>Draw Road</source>
        <translation>绘制道路</translation>
    </message>
    <message>
        <source>Click to add points, double-click or Enter to finish, Esc to cancel</source>
        <translation>单击添加节点，双击或按 Enter 完成，按 Esc 取消</translation>
    </message>
    <message>
        <source>Edit Boundary</source>
        <translation>编辑县界</translation>
    </message>
    <message>
        <source>Drag corners to move them, double-click the line to add one, right-click to delete</source>
        <translation>拖动拐点可移动，双击边线可添加拐点，右键单击可删除</translation>
    </message>
    <message>
        <source>Facility level</source>
        <translation>医疗机构级别</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected places and roads</source>
        <translation>删除选中的地点和道路</translation>
    </message>
</context>
<context>
    <name>cc::MapView</name>
    <message>
        <source>County map</source>
        <translation>县域地图</translation>
    </message>
    <message>
        <source>The county map. Wheel or +/- to zoom, drag to pan, 0 to fit the county.</source>
        <translation>县域地图。滚动滚轮或按 +/- 缩放，拖动平移，按 0 缩放至全县。</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>cc::ParameterEditor</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Default: %3. Source: %4&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;默认值：%3。来源：%4&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cc::Parameters</name>
    <message>
        <source>%1 must be a finite number.</source>
        <translation>%1 必须是有限数值。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation>%1 必须介于 %2 和 %3 之间（当前为 %4）。</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got %2).</source>
        <translation>%1 必须是整数（当前为 %2）。</translation>
    </message>
    <message>
        <source>Insurance revenue</source>
        <translation>医保基金收入</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>报销政策</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>总额预算</translation>
    </message>
    <message>
        <source>DRG points</source>
        <translation>按病组(DRG)点数法付费</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>按人头付费</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Patient choice</source>
        <translation>患者就医选择</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>就医出行</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>医保基金</translation>
    </message>
    <message>
        <source>Calibration targets</source>
        <translation>校准目标</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Insured share of residents</source>
        <translation>居民参保率</translation>
    </message>
    <message>
        <source>Share of residents enrolled in the urban-rural resident medical insurance (城乡居民医保参保率).</source>
        <translation>参加城乡居民医保的居民占全部居民的比例（城乡居民医保参保率）。</translation>
    </message>
    <message>
        <source>Fiscal subsidy per insured</source>
        <translation>人均财政补助</translation>
    </message>
    <message>
        <source>Government subsidy per insured resident per year (财政补助).</source>
        <translation>各级财政每年为每名参保居民提供的医保补助（财政补助）。</translation>
    </message>
    <message>
        <source>Personal premium per insured</source>
        <translation>人均个人缴费</translation>
    </message>
    <message>
        <source>Premium paid by each insured resident per year (个人缴费).</source>
        <translation>每名参保居民每年个人缴纳的医保费（个人缴费）。</translation>
    </message>
    <message>
        <source>Outpatient deductible, village clinic</source>
        <translation>门诊起付线（村卫生室）</translation>
    </message>
    <message>
        <source>Amount per visit the patient pays before insurance pays (起付线).</source>
        <translation>每次门诊由患者先行自付的费用额度，超出部分医保基金才按比例报销（起付线）。</translation>
    </message>
    <message>
        <source>Outpatient deductible, township centre</source>
        <translation>门诊起付线（乡镇卫生院）</translation>
    </message>
    <message>
        <source>Outpatient deductible, county hospital</source>
        <translation>门诊起付线（县医院）</translation>
    </message>
    <message>
        <source>Outpatient deductible, city hospital</source>
        <translation>门诊起付线（市级医院）</translation>
    </message>
    <message>
        <source>Outpatient deductible, provincial hospital</source>
        <translation>门诊起付线（省级医院）</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, village clinic</source>
        <translation>门诊报销比例（村卫生室）</translation>
    </message>
    <message>
        <source>Share of in-scope cost above the deductible that insurance pays (报销比例).</source>
        <translation>政策范围内费用中超过起付线的部分，由医保基金支付的比例（报销比例）。</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, township centre</source>
        <translation>门诊报销比例（乡镇卫生院）</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, county hospital</source>
        <translation>门诊报销比例（县医院）</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, city hospital</source>
        <translation>门诊报销比例（市级医院）</translation>
    </message>
    <message>
        <source>Outpatient reimbursement, provincial hospital</source>
        <translation>门诊报销比例（省级医院）</translation>
    </message>
    <message>
        <source>Inpatient deductible, village clinic</source>
        <translation>住院起付线（村卫生室）</translation>
    </message>
    <message>
        <source>Amount per admission the patient pays before insurance pays (起付线).</source>
        <translation>每次住院由患者先行自付的费用额度，超出部分医保基金才按比例报销（起付线）。</translation>
    </message>
    <message>
        <source>Inpatient deductible, township centre</source>
        <translation>住院起付线（乡镇卫生院）</translation>
    </message>
    <message>
        <source>Inpatient deductible, county hospital</source>
        <translation>住院起付线（县医院）</translation>
    </message>
    <message>
        <source>Inpatient deductible, city hospital</source>
        <translation>住院起付线（市级医院）</translation>
    </message>
    <message>
        <source>Inpatient deductible, provincial hospital</source>
        <translation>住院起付线（省级医院）</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, village clinic</source>
        <translation>住院报销比例（村卫生室）</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, township centre</source>
        <translation>住院报销比例（乡镇卫生院）</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, county hospital</source>
        <translation>住院报销比例（县医院）</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, city hospital</source>
        <translation>住院报销比例（市级医院）</translation>
    </message>
    <message>
        <source>Inpatient reimbursement, provincial hospital</source>
        <translation>住院报销比例（省级医院）</translation>
    </message>
    <message>
        <source>In-scope share of cost</source>
        <translation>政策范围内费用占比</translation>
    </message>
    <message>
        <source>Share of an episode's cost that falls inside the insurance catalogue (政策范围内费用占比).</source>
        <translation>每诊疗人次的总费用中，属于医保目录范围内的费用所占比例（政策范围内费用占比）。</translation>
    </message>
    <message>
        <source>Cut without referral</source>
        <translation>未转诊降低报销比例</translation>
    </message>
    <message>
        <source>Reimbursement ratio points lost for out-of-county care without a referral (未转诊降低报销比例).</source>
        <translation>未经转诊到县外就医时，报销比例降低的百分点（未转诊降低报销比例）。</translation>
    </message>
    <message>
        <source>Referred share of out-of-county care</source>
        <translation>县外就医转诊占比</translation>
    </message>
    <message>
        <source>Share of out-of-county episodes that come with a formal referral (转诊备案).</source>
        <translation>县外就医的诊疗人次中，已按规定办理转诊备案的比例。</translation>
    </message>
    <message>
        <source>The alliance receives one prepaid budget and pays its residents' claims everywhere (医保总额付费).</source>
        <translation>医保基金向医共体总额预付一笔预算，本县参保居民在县内外就医的医保费用均由医共体统一支付（医保总额付费）。</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>总额预算占比</translation>
    </message>
    <message>
        <source>Share of the available fund handed to the alliance as its global budget.</source>
        <translation>可用医保基金中作为总额预算拨付给医共体的比例。</translation>
    </message>
    <message>
        <source>Critical illness share</source>
        <translation>大病保险划拨比例</translation>
    </message>
    <message>
        <source>Share of revenue set aside for critical illness insurance (大病保险) before the budget.</source>
        <translation>核定总额预算前，从基金收入中划出用于大病保险的比例。</translation>
    </message>
    <message>
        <source>Risk reserve share</source>
        <translation>风险调剂金提取比例</translation>
    </message>
    <message>
        <source>Share of revenue the fund keeps as a risk reserve (风险调剂金) before the budget.</source>
        <translation>核定总额预算前，医保基金从收入中留作风险调剂金的比例。</translation>
    </message>
    <message>
        <source>Monthly prepayment share</source>
        <translation>按月预拨比例</translation>
    </message>
    <message>
        <source>Share of the monthly budget prepaid to the alliance (按月预拨); the rest is settled at year end.</source>
        <translation>每月预算中按月预拨给医共体的比例；其余部分在年终清算。</translation>
    </message>
    <message>
        <source>Surplus retention</source>
        <translation>结余留用比例</translation>
    </message>
    <message>
        <source>Share of a year-end surplus the alliance keeps (结余留用).</source>
        <translation>年终结余中由医共体留用的比例（结余留用）。</translation>
    </message>
    <message>
        <source>Overrun sharing</source>
        <translation>超支分担比例</translation>
    </message>
    <message>
        <source>Share of a year-end overrun the fund covers within the band (超支分担).</source>
        <translation>在分担区间内，年终超支部分由医保基金分担的比例（超支分担）。</translation>
    </message>
    <message>
        <source>Overrun sharing band</source>
        <translation>超支分担区间</translation>
    </message>
    <message>
        <source>The fund shares an overrun only up to this share of the budget; beyond it the alliance bears all.</source>
        <translation>医保基金只分担不超过总额预算该比例的超支部分；超出部分全部由医共体承担。</translation>
    </message>
    <message>
        <source>DRG point payment</source>
        <translation>DRG 点数法付费</translation>
    </message>
    <message>
        <source>Pay in-county admissions by DRG points instead of by item (DRG点数法).</source>
        <translation>县域内住院按病组(DRG)点数法付费，取代按项目付费。</translation>
    </message>
    <message>
        <source>Floating point value</source>
        <translation>浮动点值</translation>
    </message>
    <message>
        <source>Point value = the year's DRG budget / total points (浮动点值); otherwise a fixed value per point.</source>
        <translation>点值 = 当年 DRG 预算 / 总点数（浮动点值）；未启用时每个点数按固定点值支付。</translation>
    </message>
    <message>
        <source>Fixed point value</source>
        <translation>固定点值</translation>
    </message>
    <message>
        <source>Yuan paid per DRG point when the point value is fixed.</source>
        <translation>采用固定点值时，每个 DRG 点数支付的金额（元）。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>基准点数</translation>
    </message>
    <message>
        <source>Points of a group with relative weight 1.0 (基准点数).</source>
        <translation>相对权重为 1.0 的病组对应的点数（基准点数）。</translation>
    </message>
    <message>
        <source>Hospital coefficient, township centre</source>
        <translation>医院系数（乡镇卫生院）</translation>
    </message>
    <message>
        <source>Multiplier of points for township centres (医院系数).</source>
        <translation>乡镇卫生院计算病组点数时所乘的系数（医院系数）。</translation>
    </message>
    <message>
        <source>Hospital coefficient, county hospital</source>
        <translation>医院系数（县医院）</translation>
    </message>
    <message>
        <source>Multiplier of points for county hospitals (医院系数).</source>
        <translation>县医院计算病组点数时所乘的系数（医院系数）。</translation>
    </message>
    <message>
        <source>Capitation for signed residents</source>
        <translation>签约居民按人头付费</translation>
    </message>
    <message>
        <source>Pay the alliance per signed resident for outpatient care instead of per visit (按人头付费).</source>
        <translation>签约居民的门诊服务按签约人头向医共体付费，取代按诊疗人次付费（按人头付费）。</translation>
    </message>
    <message>
        <source>Capitation per signed resident</source>
        <translation>按人头付费标准</translation>
    </message>
    <message>
        <source>Yuan per signed resident per year for their outpatient care.</source>
        <translation>每名签约居民每年门诊服务的付费金额（元）。</translation>
    </message>
    <message>
        <source>Family-doctor signing target</source>
        <translation>家庭医生签约率目标</translation>
    </message>
    <message>
        <source>Share of residents signed with a family doctor once the programme has ramped up (家庭医生签约率).</source>
        <translation>签约工作推进到位后，与家庭医生签约的居民所占比例（家庭医生签约率）。</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Signing ramp-up</source>
        <translation>签约推进期</translation>
    </message>
    <message>
        <source>Months over which the signing share moves from its starting value to the target.</source>
        <translation>签约率从起始值提高到目标值所需的月数。</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Calendar year of month 0.</source>
        <translation>第 0 个月所在的公历年份。</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Calendar month (1-12) of month 0.</source>
        <translation>第 0 个月所在的公历月份（1-12）。</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>模拟期</translation>
    </message>
    <message>
        <source>Number of months simulated.</source>
        <translation>模拟的月数。</translation>
    </message>
    <message>
        <source>Preference for in-county care</source>
        <translation>县内就医偏好</translation>
    </message>
    <message>
        <source>Utility bonus of a facility inside the county (bin).</source>
        <translation>县内医疗机构在患者就医选择中获得的效用加成（bin）。</translation>
    </message>
    <message>
        <source>Family-doctor loyalty</source>
        <translation>家庭医生签约黏性</translation>
    </message>
    <message>
        <source>Utility bonus of the home grassroots facility for signed residents (bsig).</source>
        <translation>签约居民选择本人签约的基层医疗机构时获得的效用加成（bsig）。</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>拥挤规避系数</translation>
    </message>
    <message>
        <source>Utility loss per unit of excess load (bw).</source>
        <translation>医疗机构每超出一个单位负荷，患者效用的降低量（bw）。</translation>
    </message>
    <message>
        <source>Effect of a junior doctor</source>
        <translation>初级职称医生作用系数</translation>
    </message>
    <message>
        <source>Share of a senior doctor's effect on capability that a junior doctor has.</source>
        <translation>初级职称医生对服务能力的提升作用相当于高级职称医生的比例。</translation>
    </message>
    <message>
        <source>Effect of an intermediate doctor</source>
        <translation>中级职称医生作用系数</translation>
    </message>
    <message>
        <source>Share of a senior doctor's effect on capability that an intermediate doctor has.</source>
        <translation>中级职称医生对服务能力的提升作用相当于高级职称医生的比例。</translation>
    </message>
    <message>
        <source>Effect of a senior doctor</source>
        <translation>高级职称医生作用系数</translation>
    </message>
    <message>
        <source>Effect on capability of a senior doctor (reference 1.0).</source>
        <translation>高级职称医生对服务能力的提升作用（基准值 1.0）。</translation>
    </message>
    <message>
        <source>Detour factor</source>
        <translation>绕行系数</translation>
    </message>
    <message>
        <source>Road distance / straight-line distance where no road is drawn.</source>
        <translation>未绘制道路处的道路距离 / 直线距离。</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>公里/小时</translation>
    </message>
    <message>
        <source>Speed off the road network</source>
        <translation>路网外行进速度</translation>
    </message>
    <message>
        <source>Average speed assumed where no road is drawn.</source>
        <translation>未绘制道路处假定的平均行进速度。</translation>
    </message>
    <message>
        <source>Village clinics considered</source>
        <translation>备选村卫生室数</translation>
    </message>
    <message>
        <source>Nearest village clinics each settlement considers.</source>
        <translation>每个居民点就医时纳入考虑的最近村卫生室数量。</translation>
    </message>
    <message>
        <source>Township centres considered</source>
        <translation>备选乡镇卫生院数</translation>
    </message>
    <message>
        <source>Nearest township centres each settlement considers.</source>
        <translation>每个居民点就医时纳入考虑的最近乡镇卫生院数量。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Available working time</source>
        <translation>年可用工作时间</translation>
    </message>
    <message>
        <source>Hours per full-time post per year (WISN available working time).</source>
        <translation>每个全职岗位每年可用于工作的小时数（WISN 可用工作时间）。</translation>
    </message>
    <message>
        <source>Learning retention</source>
        <translation>派驻效果留存率</translation>
    </message>
    <message>
        <source>Share of a posting's effect on capability that stays after it ends.</source>
        <translation>派驻结束后，其对服务能力的提升作用仍得以保留的比例。</translation>
    </message>
    <message>
        <source>Congestion feedback</source>
        <translation>拥挤反馈</translation>
    </message>
    <message>
        <source>Overloaded facilities lose patients the next month.</source>
        <translation>超负荷的医疗机构在下个月会流失患者。</translation>
    </message>
    <message>
        <source>Fund balance at start</source>
        <translation>期初基金累计结余</translation>
    </message>
    <message>
        <source>Accumulated balance of the county resident insurance fund at month 0 (累计结余).</source>
        <translation>第 0 个月时本县城乡居民医保基金的累计结余。</translation>
    </message>
    <message>
        <source>Stated in-county treatment rate</source>
        <translation>现状县域就诊率</translation>
    </message>
    <message>
        <source>County's starting in-county treatment rate (县域就诊率) the model is calibrated to.</source>
        <translation>本县起始时的县域就诊率，模型据此进行校准。</translation>
    </message>
    <message>
        <source>Stated in-county inpatient share</source>
        <translation>现状县域内住院人次占比</translation>
    </message>
    <message>
        <source>County's starting in-county inpatient share (县域内住院人次占比).</source>
        <translation>本县起始时的县域内住院人次占比。</translation>
    </message>
    <message>
        <source>Stated grassroots share</source>
        <translation>现状基层诊疗量占比</translation>
    </message>
    <message>
        <source>County's starting grassroots share of outpatient visits (基层诊疗量占比).</source>
        <translation>本县起始时门诊诊疗量中基层医疗机构所占的比例（基层诊疗量占比）。</translation>
    </message>
    <message>
        <source>Queue smoothing</source>
        <translation>排队平滑系数</translation>
    </message>
    <message>
        <source>Share of last month's queue carried into this month; damps the month-to-month swing of overloaded facilities.</source>
        <translation>上月排队量延续到本月的比例；用于抑制超负荷医疗机构逐月的大幅波动。</translation>
    </message>
</context>
<context>
    <name>cc::PlaceTool</name>
    <message>
        <source>New village clinic %1</source>
        <translation>新村卫生室 %1</translation>
    </message>
    <message>
        <source>New township health centre %1</source>
        <translation>新乡镇卫生院 %1</translation>
    </message>
    <message>
        <source>New county hospital %1</source>
        <translation>新县医院 %1</translation>
    </message>
    <message>
        <source>New city hospital %1</source>
        <translation>新市级医院 %1</translation>
    </message>
    <message>
        <source>New provincial hospital %1</source>
        <translation>新省级医院 %1</translation>
    </message>
    <message>
        <source>New village %1</source>
        <translation>新村 %1</translation>
    </message>
</context>
<context>
    <name>cc::PolicyEdits</name>
    <message>
        <source>The scenario %1 does not exist.</source>
        <translation>方案 %1 不存在。</translation>
    </message>
    <message>
        <source>The scenario "%1" has no policy change number %2.</source>
        <translation>方案“%1”中没有第 %2 项政策调整。</translation>
    </message>
    <message>
        <source>A policy change takes effect from month 1 to %1.</source>
        <translation>政策调整的生效月份须在第 1 个月至第 %1 个月之间。</translation>
    </message>
    <message>
        <source>A policy change already takes effect in that month.</source>
        <translation>该月份已有一项政策调整生效。</translation>
    </message>
    <message>
        <source>The policy in effect from month 0 cannot be removed.</source>
        <translation>自第 0 个月起生效的政策不能删除。</translation>
    </message>
    <message>
        <source>The first policy always takes effect from month 0.</source>
        <translation>第一项政策始终自第 0 个月起生效。</translation>
    </message>
    <message>
        <source>Duplicate scenario "%1"</source>
        <translation>复制方案“%1”</translation>
    </message>
</context>
<context>
    <name>cc::PolicyPanel</name>
    <message>
        <source>The scenario whose payment policy you edit</source>
        <translation>要编辑其支付政策的方案</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Policy changes take effect from a month and hold until the next one</source>
        <translation>政策调整自某月起生效，持续到下一项调整为止</translation>
    </message>
    <message>
        <source>Add change...</source>
        <translation>添加调整...</translation>
    </message>
    <message>
        <source>Add a policy change that takes effect from a later month</source>
        <translation>添加一项自之后某月起生效的政策调整</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this policy change (the one from month 0 stays)</source>
        <translation>删除此项政策调整（自第 0 个月起的政策保留）</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效起始</translation>
    </message>
    <message>
        <source>What this change is, e.g. global budget starts</source>
        <translation>本次调整的内容，例如：开始实行总额预算</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Month %1 (%2)</source>
        <translation>第 %1 个月（%2）</translation>
    </message>
    <message>
        <source>Add Policy Change</source>
        <translation>添加政策调整</translation>
    </message>
    <message>
        <source>Month from which the change takes effect (1 = %1):</source>
        <translation>调整生效的起始月份（1 = %1）：</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDiff</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>新增 %n 项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>删除 %n 项</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation><numerusform>修改 %n 项</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Title: "%1" -&gt; "%2"</source>
        <translation>标题：“%1” -&gt; “%2”</translation>
    </message>
    <message>
        <source>County boundary changed</source>
        <translation>县界已更改</translation>
    </message>
    <message>
        <source>Model settings changed</source>
        <translation>模型设置已更改</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Scenarios and policy schedules</source>
        <translation>方案和政策时间表</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>cc::PropertyEditor</name>
    <message>
        <source>Select a settlement, facility or road on the map to see its properties.</source>
        <translation>在地图上选择居民点、医疗机构或道路以查看其属性。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Family-doctor signing share (0-1)</source>
        <translation>家庭医生签约率（0-1）</translation>
    </message>
    <message>
        <source>Urban community</source>
        <translation>城镇社区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hospital kind</source>
        <translation>医院类别</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>床位数</translation>
    </message>
    <message>
        <source>Member of the county health alliance</source>
        <translation>紧密型县域医共体成员</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>速度（公里/小时）</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>经度（WGS 84）</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>纬度（WGS 84）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Settlement %1</source>
        <translation>居民点 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: "%2" is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Signing share</source>
        <translation>签约率</translation>
    </message>
    <message>
        <source>The population must be a whole number.</source>
        <translation>人口必须是整数。</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>cc::Report</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>The project has no map data.</source>
        <translation>项目中没有地图数据。</translation>
    </message>
    <message>
        <source>Facilities by level (village clinic, township centre, county hospital), villages and roads of %1.</source>
        <translation>%1 的各级医疗机构（村卫生室、乡镇卫生院、县医院）、村和道路。</translation>
    </message>
    <message>
        <source>Policy parameters</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>There are no simulation results to report.</source>
        <translation>没有可供报告的模拟结果。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>CountyCare Planner - %1, %2</source>
        <translation>CountyCare Planner - %1，%2</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>方案：%1</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>对比方案：%1</translation>
    </message>
    <message>
        <source>Date: %1    Horizon: %2 to %3 (%4 months)    Population: %5</source>
        <translation>日期：%1    模拟期：%2 至 %3（%4 个月）    人口：%5</translation>
    </message>
    <message>
        <source>Rates are monthly values of the whole county; the fund is the county resident insurance fund. Targets: in-county treatment rate 90%, grassroots share 55-65%.</source>
        <translation>比率为全县月度值；基金指县城乡居民医保基金。目标：县域就诊率 90%，基层诊疗量占比 55-65%。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Inpatient, %1</source>
        <translation>住院（%1）</translation>
    </message>
    <message>
        <source>Outpatient, %1</source>
        <translation>门诊（%1）</translation>
    </message>
    <message>
        <source>Indicator (whole county)</source>
        <translation>指标（全县）</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>期初 %1</translation>
    </message>
    <message>
        <source>End %1</source>
        <translation>期末 %1</translation>
    </message>
    <message>
        <source>End, %1</source>
        <translation>期末（%1）</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>Grassroots share</source>
        <translation>基层诊疗量占比</translation>
    </message>
    <message>
        <source>Fund spent in county</source>
        <translation>医保基金县域内支出占比</translation>
    </message>
    <message>
        <source>Fund balance (yuan)</source>
        <translation>医保基金结余（元）</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>基金可支付月数</translation>
    </message>
    <message>
        <source>Fund payments per month (yuan)</source>
        <translation>每月医保基金支付（元）</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident per month (yuan)</source>
        <translation>居民人均每月自付（元）</translation>
    </message>
    <message>
        <source>Out-of-pocket share of cost</source>
        <translation>自付费用占比</translation>
    </message>
    <message>
        <source>County doctors posted 6+ months per 10,000 residents</source>
        <translation>每万居民派驻基层6个月以上的县级医生数</translation>
    </message>
    <message>
        <source>Staff needed / posted (FTE)</source>
        <translation>所需/派驻人员（全职当量）</translation>
    </message>
    <message>
        <source>Retained surplus, whole horizon (yuan)</source>
        <translation>模拟期累计结余留用（元）</translation>
    </message>
</context>
<context>
    <name>cc::RoadTool</name>
    <message>
        <source>A road needs at least two points.</source>
        <translation>道路至少需要两个点。</translation>
    </message>
    <message>
        <source>New road</source>
        <translation>新建道路</translation>
    </message>
</context>
<context>
    <name>cc::SelectTool</name>
    <message>
        <source>A place cannot be moved outside the range of longitude and latitude.</source>
        <translation>地点不能移出经纬度范围。</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Move %n places</source>
        <translation><numerusform>移动 %n 个地点</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map items</source>
        <translation><numerusform>删除 %n 个地图要素</numerusform></translation>
    </message>
</context>
<context>
    <name>cc::Validation</name>
    <message>
        <source>The position (%1, %2) is not a WGS 84 longitude/latitude.</source>
        <translation>位置 (%1, %2) 不是有效的 WGS 84 经纬度。</translation>
    </message>
    <message>
        <source>%1 must each be between 0 and 1.</source>
        <translation>%1必须均在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>%1 must add up to 1 (they add up to %2).</source>
        <translation>%1之和必须为 1（当前合计为 %2）。</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>township name</source>
        <translation>乡镇名称</translation>
    </message>
    <message>
        <source>settlement name</source>
        <translation>居民点名称</translation>
    </message>
    <message>
        <source>The population must be between 0 and %1 (got %2).</source>
        <translation>人口必须在 0 到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>The settlement refers to township %1, which does not exist.</source>
        <translation>居民点所属的乡镇 %1 不存在。</translation>
    </message>
    <message>
        <source>The family-doctor signing share must be between 0 and 1 (got %1).</source>
        <translation>家庭医生签约率必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>facility name</source>
        <translation>医疗机构名称</translation>
    </message>
    <message>
        <source>Unknown facility level %1.</source>
        <translation>未知的医疗机构级别 %1。</translation>
    </message>
    <message>
        <source>Unknown hospital kind %1.</source>
        <translation>未知的医院类型 %1。</translation>
    </message>
    <message>
        <source>Beds must be between 0 and 100,000 (got %1).</source>
        <translation>床位数必须在 0 到 100,000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The facility refers to township %1, which does not exist.</source>
        <translation>医疗机构所属的乡镇 %1 不存在。</translation>
    </message>
    <message>
        <source>The facility's capability refers to service line %1, which does not exist.</source>
        <translation>医疗机构服务能力引用的服务类别 %1 不存在。</translation>
    </message>
    <message>
        <source>Capability must be between 0 and 1 (got %1).</source>
        <translation>服务能力必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Unknown road class %1.</source>
        <translation>未知的道路等级 %1。</translation>
    </message>
    <message>
        <source>The road name is longer than %1 characters.</source>
        <translation>道路名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The road speed must be between 1 and 200 km/h (got %1).</source>
        <translation>道路车速必须在 1 到 200 公里/小时之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>A road needs at least two points.</source>
        <translation>道路至少需要两个点。</translation>
    </message>
    <message>
        <source>A road has more than %1 points.</source>
        <translation>道路的点数超过 %1 个。</translation>
    </message>
    <message>
        <source>staff name</source>
        <translation>人员姓名</translation>
    </message>
    <message>
        <source>Unknown staff role %1.</source>
        <translation>未知的人员岗位 %1。</translation>
    </message>
    <message>
        <source>Unknown staff title %1.</source>
        <translation>未知的人员职称 %1。</translation>
    </message>
    <message>
        <source>The staff member's employer %1 does not exist.</source>
        <translation>人员的聘用单位 %1 不存在。</translation>
    </message>
    <message>
        <source>The staff member's home facility %1 does not exist.</source>
        <translation>人员所在的医疗机构 %1 不存在。</translation>
    </message>
    <message>
        <source>Months of grassroots service must be between 0 and 720 (got %1).</source>
        <translation>基层服务月数必须在 0 到 720 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The annual salary must be between 0 and 100,000,000 yuan (got %1).</source>
        <translation>年薪必须在 0 到 100,000,000 元之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The posting refers to staff member %1, who does not exist.</source>
        <translation>派驻记录引用的人员 %1 不存在。</translation>
    </message>
    <message>
        <source>The posting refers to facility %1, which does not exist.</source>
        <translation>派驻记录引用的医疗机构 %1 不存在。</translation>
    </message>
    <message>
        <source>A posting must start at month 0 or later and end after it starts (got %1 to %2).</source>
        <translation>派驻必须从第 0 个月或之后开始，且结束时间须晚于开始时间（当前为 %1 至 %2）。</translation>
    </message>
    <message>
        <source>The FTE of a posting must be above 0 and at most 1 (got %1).</source>
        <translation>派驻的全职当量必须大于 0 且不超过 1（当前为 %1）。</translation>
    </message>
    <message>
        <source>The posting refers to scenario %1, which does not exist.</source>
        <translation>派驻记录引用的方案 %1 不存在。</translation>
    </message>
    <message>
        <source>service line code</source>
        <translation>服务类别代码</translation>
    </message>
    <message>
        <source>service line name</source>
        <translation>服务类别名称</translation>
    </message>
    <message>
        <source>Another service line already has the code "%1".</source>
        <translation>已有其他服务类别使用代码“%1”。</translation>
    </message>
    <message>
        <source>The annual rate per person must be between 0 and 100 (got %1).</source>
        <translation>人均年发生率必须在 0 到 100 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The DRG relative weight must be between 0 and 100 (got %1).</source>
        <translation>DRG 相对权重必须在 0 到 100 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The capability threshold must be between 0 and 1 (got %1).</source>
        <translation>服务能力阈值必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Costs per episode must be between 0 and 10,000,000 yuan (got %1).</source>
        <translation>每诊疗人次费用必须在 0 到 10,000,000 元之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Starting shares by level</source>
        <translation>各级医疗机构初始占比</translation>
    </message>
    <message>
        <source>Calibrated constants must be between -100 and 100 (got %1).</source>
        <translation>校准常数必须在 -100 到 100 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Staff minutes per episode must be between 0.1 and 10,000 (got %1).</source>
        <translation>每诊疗人次人员用时（分钟）必须在 0.1 到 10,000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Choice coefficients must be non-negative and finite.</source>
        <translation>选择系数必须为非负的有限数。</translation>
    </message>
    <message>
        <source>Staff effect weights must be between 0 and 1 (got %1).</source>
        <translation>人员效应权重必须在 0 到 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>scenario name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>Another scenario is already called "%1".</source>
        <translation>已有其他方案名为“%1”。</translation>
    </message>
    <message>
        <source>The scenario description is longer than 10,000 characters.</source>
        <translation>方案说明超过 10,000 个字符。</translation>
    </message>
    <message>
        <source>A scenario's policy schedule must start at month 0.</source>
        <translation>方案的政策时间表必须从第 0 个月开始。</translation>
    </message>
    <message>
        <source>A policy change must take effect between month 0 and %1.</source>
        <translation>政策调整的生效时间必须在第 0 个月到第 %1 个月之间。</translation>
    </message>
    <message>
        <source>Two policy changes take effect in the same month, or out of order (month %1).</source>
        <translation>两项政策调整在同一个月生效，或顺序有误（第 %1 个月）。</translation>
    </message>
    <message>
        <source>A policy note is longer than 10,000 characters.</source>
        <translation>政策备注超过 10,000 个字符。</translation>
    </message>
    <message>
        <source>The county name or code is too long.</source>
        <translation>县名称或代码过长。</translation>
    </message>
    <message>
        <source>The county boundary has an empty polygon.</source>
        <translation>县界包含空多边形。</translation>
    </message>
    <message>
        <source>A ring of the county boundary has fewer than three points.</source>
        <translation>县界的某个环少于三个点。</translation>
    </message>
    <message>
        <source>The county boundary has more than %1 points.</source>
        <translation>县界的点数超过 %1 个。</translation>
    </message>
    <message>
        <source>%1 %2 has an invalid id.</source>
        <translation>%1 %2 的 ID 无效。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>The project title is longer than %1 characters.</source>
        <translation>项目标题超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>The project has no scenario.</source>
        <translation>项目中没有方案。</translation>
    </message>
</context>
<context>
    <name>cc::charts::ChartPanel</name>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Whole county or one township</source>
        <translation>全县或单个乡镇</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Export this chart as PNG, SVG, PDF or its data as CSV</source>
        <translation>将此图表导出为 PNG、SVG、PDF，或将其数据导出为 CSV</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>乡镇 %1</translation>
    </message>
</context>
<context>
    <name>cc::charts::ExportDialog</name>
    <message>
        <source>Export Chart - %1</source>
        <translation>导出图表 - %1</translation>
    </message>
    <message>
        <source>Report page width (16 cm, 300 dpi)</source>
        <translation>报告页宽（16 厘米，300 dpi）</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 x 1080)</source>
        <translation>幻灯片 16:9（1920 x 1080）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>CSV data (Excel)</source>
        <translation>CSV 数据（Excel）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Printed size</source>
        <translation>打印尺寸</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>%1 x %2 cm</source>
        <translation>%1 x %2 厘米</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>cc::edit</name>
    <message>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>居民点</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>service line</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>ID 为 %2 的%1不存在。</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>A project needs at least one scenario.</source>
        <translation>项目至少需要一个方案。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Change county boundary</source>
        <translation>修改县界</translation>
    </message>
    <message>
        <source>Change model settings</source>
        <translation>修改模型设置</translation>
    </message>
    <message>
        <source>The project title is longer than %1 characters.</source>
        <translation>项目标题超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
</context>
<context>
    <name>cc::store</name>
    <message>
        <source>the geometry is truncated</source>
        <translation>几何数据被截断</translation>
    </message>
    <message>
        <source>the geometry is not a GeoPackage geometry (no "GP" magic)</source>
        <translation>几何数据不是 GeoPackage 几何（缺少“GP”标识）</translation>
    </message>
    <message>
        <source>the geometry has an unknown GeoPackage binary version %1</source>
        <translation>几何数据的 GeoPackage 二进制版本 %1 未知</translation>
    </message>
    <message>
        <source>the geometry uses an extended or reserved GeoPackage binary type</source>
        <translation>几何数据使用了扩展或保留的 GeoPackage 二进制类型</translation>
    </message>
    <message>
        <source>the geometry has an invalid envelope indicator %1</source>
        <translation>几何数据的包络指示符 %1 无效</translation>
    </message>
    <message>
        <source>the geometry uses spatial reference %1 instead of EPSG:4326</source>
        <translation>几何数据使用空间参考 %1，而不是 EPSG:4326</translation>
    </message>
    <message>
        <source>the geometry has an invalid WKB byte order</source>
        <translation>几何数据的 WKB 字节序无效</translation>
    </message>
    <message>
        <source>the geometry has WKB type %1 where type %2 was expected</source>
        <translation>几何数据的 WKB 类型为 %1，应为类型 %2</translation>
    </message>
    <message>
        <source>the geometry has a coordinate that is not a finite number</source>
        <translation>几何数据包含非有限数值的坐标</translation>
    </message>
    <message>
        <source>the geometry has extra bytes after its end</source>
        <translation>几何数据末尾之后有多余字节</translation>
    </message>
    <message>
        <source>the point is empty</source>
        <translation>点为空</translation>
    </message>
    <message>
        <source>table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an integer in range</source>
        <translation>范围内的整数</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a geometry</source>
        <translation>几何数据</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>表 %1，第 %2 行，列 %3：%4</translation>
    </message>
    <message>
        <source>table %1, row %2: %3</source>
        <translation>表 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 does not hold %4.</source>
        <translation>表 %1 第 %2 行的列 %3 不是%4。</translation>
    </message>
    <message>
        <source>table %1 has %2 rows; at most %3 are allowed.</source>
        <translation>表 %1 有 %2 行；最多允许 %3 行。</translation>
    </message>
    <message>
        <source>the id %1 appears twice</source>
        <translation>ID %1 出现了两次</translation>
    </message>
    <message>
        <source>unknown setting "%1"</source>
        <translation>未知的设置“%1”</translation>
    </message>
    <message>
        <source>the setting "%1" appears twice</source>
        <translation>设置“%1”出现了两次</translation>
    </message>
    <message>
        <source>the policy entry refers to scenario %1, which does not exist</source>
        <translation>政策条目引用的方案 %1 不存在</translation>
    </message>
    <message>
        <source>two policy entries of scenario %1 start in month %2</source>
        <translation>方案 %1 有两个政策条目都从第 %2 个月开始</translation>
    </message>
    <message>
        <source>unknown policy parameter "%1"</source>
        <translation>未知的政策参数“%1”</translation>
    </message>
    <message>
        <source>the value refers to a policy entry (scenario %1, month %2) that does not exist</source>
        <translation>该值引用的政策条目（方案 %1，第 %2 个月）不存在</translation>
    </message>
    <message>
        <source>the policy parameter "%1" appears twice</source>
        <translation>政策参数“%1”出现了两次</translation>
    </message>
    <message>
        <source>the capability refers to facility %1, which does not exist</source>
        <translation>服务能力引用的医疗机构 %1 不存在</translation>
    </message>
    <message>
        <source>the capability of facility %1 for line %2 appears twice</source>
        <translation>医疗机构 %1 在服务类别 %2 上的服务能力出现了两次</translation>
    </message>
    <message>
        <source>the project has more than one county boundary</source>
        <translation>项目包含多个县界</translation>
    </message>
    <message>
        <source>Cannot save "%1": %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>the database could not be closed.</source>
        <translation>数据库无法关闭。</translation>
    </message>
    <message>
        <source>the file could not be replaced (error %1).</source>
        <translation>无法替换文件（错误 %1）。</translation>
    </message>
    <message>
        <source>cannot create a file in %1 (%2).</source>
        <translation>无法在 %1 中创建文件（%2）。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>该路径不是文件。</translation>
    </message>
    <message>
        <source>it was saved by a newer version of CountyCare (file format %1; this version reads up to %2). Please update CountyCare to open it.</source>
        <translation>该文件由较新版本的 CountyCare 保存（文件格式 %1；当前版本最高支持 %2）。请更新 CountyCare 后再打开。</translation>
    </message>
    <message>
        <source>the table "%1" is missing.</source>
        <translation>缺少表“%1”。</translation>
    </message>
    <message>
        <source>it could not be upgraded from file format %1 to %2 (%3).</source>
        <translation>无法从文件格式 %1 升级到 %2（%3）。</translation>
    </message>
    <message>
        <source>the database is damaged (%1).</source>
        <translation>数据库已损坏（%1）。</translation>
    </message>
    <message>
        <source>the database fails its integrity check (%1).</source>
        <translation>数据库未通过完整性检查（%1）。</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage or CountyCare project.</source>
        <translation>这是 SQLite 数据库，但不是 GeoPackage 或 CountyCare 项目。</translation>
    </message>
    <message>
        <source>it contains a %1 "%2" that CountyCare did not create.</source>
        <translation>其中包含非 CountyCare 创建的 %1“%2”。</translation>
    </message>
    <message>
        <source>it contains a virtual table "%1" that CountyCare did not create.</source>
        <translation>其中包含非 CountyCare 创建的虚拟表“%1”。</translation>
    </message>
    <message>
        <source>it holds too many tables.</source>
        <translation>其中包含的表过多。</translation>
    </message>
    <message>
        <source>it is a GeoPackage but not a CountyCare project.</source>
        <translation>这是 GeoPackage，但不是 CountyCare 项目。</translation>
    </message>
    <message>
        <source>the file format version "%1" is not a number.</source>
        <translation>文件格式版本“%1”不是数字。</translation>
    </message>
    <message>
        <source>it has no CountyCare file format version.</source>
        <translation>缺少 CountyCare 文件格式版本。</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>it is not a CountyCare project (not an SQLite database).</source>
        <translation>这不是 CountyCare 项目（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes).</source>
        <translation>文件已截断（%1 字节）。</translation>
    </message>
    <message>
        <source>the database header is damaged (page size %1).</source>
        <translation>数据库文件头已损坏（页大小 %1）。</translation>
    </message>
    <message>
        <source>the file is truncated (%1 of %2 bytes).</source>
        <translation>文件已截断（仅 %1 字节，应为 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan tight county health alliances.</source>
        <translation>规划紧密型县域医共体。</translation>
    </message>
    <message>
        <source>Project file to open (.ccplan)</source>
        <translation>要打开的项目文件（.ccplan）</translation>
    </message>
</context>
</TS>
