<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cc::AnalysisActions</name>
    <message>
        <source>&amp;Sensitivity...</source>
        <translation>敏感性分析(&amp;S)...</translation>
    </message>
    <message>
        <source>Tornado chart: how much each key parameter moves an indicator when changed by 10%</source>
        <translation>龙卷风图：各关键参数变动 10% 时对指标的影响程度</translation>
    </message>
    <message>
        <source>&amp;Uncertainty...</source>
        <translation>不确定性分析(&amp;U)...</translation>
    </message>
    <message>
        <source>Monte Carlo bands of the fund balance and the in-county rate, and the probability of a fund deficit</source>
        <translation>基金结余和县域就诊率的蒙特卡洛区间，以及基金出现赤字的概率</translation>
    </message>
    <message>
        <source>&amp;Calibration...</source>
        <translation>模型校准(&amp;C)...</translation>
    </message>
    <message>
        <source>Fit the model to the county&apos;s stated in-county rate, inpatient share, grassroots share and fund claims</source>
        <translation>按本县填报的县域就诊率、县域内住院人次占比、基层诊疗量占比和基金支出拟合模型</translation>
    </message>
    <message>
        <source>&amp;Investment Planner...</source>
        <translation>投资规划(&amp;I)...</translation>
    </message>
    <message>
        <source>Where to invest next: rank beds, equipment, links, postings, new sites and care centres by what they gain per 10,000 yuan, and propose a portfolio within a budget</source>
        <translation>下一步投向哪里：按每万元增益对增加床位、设备配置、远程医疗协作、医生下沉、新建机构和专病中心排序，并在预算内提出投资组合</translation>
    </message>
    <message>
        <source>Investment &amp;Catalogue...</source>
        <translation>投资项目目录(&amp;C)...</translation>
    </message>
    <message>
        <source>What each kind of investment costs and does, with its source, and the golden hour of the care centres</source>
        <translation>各类投资项目的费用、作用及其依据，以及专病中心的黄金救治时间</translation>
    </message>
</context>
<context>
    <name>cc::Autosaver</name>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>CountyCare did not close normally. An automatic copy of &quot;%1&quot; holds changes that were not saved.</source>
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
    <message>
        <source>%1 vs %2 (dashed)</source>
        <translation>%1 与 %2（虚线）</translation>
    </message>
    <message>
        <source>Could not write %1: the image could not be encoded.</source>
        <translation>无法写入 %1：图像无法编码。</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>每千人年住院人次</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>平均住院日（天）</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>避免的住院人次</translation>
    </message>
    <message>
        <source>Referrals up</source>
        <translation>上转人次</translation>
    </message>
    <message>
        <source>Referrals down</source>
        <translation>下转人次</translation>
    </message>
    <message>
        <source>Care: admissions and referrals</source>
        <translation>医疗服务：住院与转诊</translation>
    </message>
    <message>
        <source>Per 1,000 residents a year</source>
        <translation>每千人每年</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Patients per month</source>
        <translation>每月人次</translation>
    </message>
    <message>
        <source>In-county rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>结余留用</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>诊疗人次</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>医疗服务</translation>
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
    <message>
        <source>%1 is being changed by %2; gave up after waiting %3 s. Try again when it is done, or pass --wait SECONDS.</source>
        <translation>%1 正由 %2 修改；已等待 %3 秒，放弃。请在其完成后重试，或使用 --wait 秒数 延长等待。</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>应给出一个文件（FILE）</translation>
    </message>
    <message>
        <source>no scenario named &quot;%1&quot;</source>
        <translation>没有名为“%1”的方案</translation>
    </message>
    <message>
        <source>the project has no scenario</source>
        <translation>项目中没有任何方案</translation>
    </message>
    <message>
        <source>no township named &quot;%1&quot;</source>
        <translation>没有名为“%1”的乡镇</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 0 to 3600</source>
        <translation>--wait 必须是 0 至 3600 之间的秒数</translation>
    </message>
    <message>
        <source>nothing imported; %1 problem(s). Fix the file, or pass --accept-valid to import the %2 valid item(s).</source>
        <translation>未导入任何内容：发现 %1 个问题。请修正文件，或加上 --accept-valid 只导入其中 %2 条有效记录。</translation>
    </message>
    <message>
        <source>nothing valid to import</source>
        <translation>没有可导入的有效内容</translation>
    </message>
    <message>
        <source>expected FILE and --out PATH</source>
        <translation>应给出文件（FILE）和 --out 输出路径</translation>
    </message>
    <message>
        <source>--months must be a whole number from 1 to 240</source>
        <translation>--months 必须是 1 至 240 之间的整数</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知命令“%1”（请用 --help 查看用法）</translation>
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
        <source>No column is chosen for &quot;%1&quot;.</source>
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
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>文件有表头但没有数据行。</translation>
    </message>
    <message>
        <source>The file is not UTF-8, and this build cannot read %1 (GBK) text. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
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
        <source>expected a %1 geometry, got &quot;%2&quot;</source>
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
        <source>unknown road class &quot;%1&quot;</source>
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
        <source>%1 &quot;%2&quot; is not true or false</source>
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
        <source>unknown facility level &quot;%1&quot;</source>
        <translation>未知的医疗机构级别“%1”</translation>
    </message>
    <message>
        <source>unknown hospital kind &quot;%1&quot;</source>
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
        <source>&quot;%1&quot;: %2</source>
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
        <translation>
            <numerusform>... 另有 %n 个问题</numerusform>
        </translation>
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
        <translation>
            <numerusform>文件中有 %n 项存在问题，未导入任何内容。</numerusform>
        </translation>
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
    <message>
        <source>GCJ-02 (AMap, Tencent, DataV)</source>
        <translation>GCJ-02（高德、腾讯、DataV）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>The coordinate system &quot;%1&quot; is not one PROJ knows%2</source>
        <translation>PROJ 不认识坐标系“%1”%2</translation>
    </message>
    <message>
        <source>PROJ cannot transform %1 to WGS 84%2</source>
        <translation>PROJ 无法把 %1 转换为 WGS 84%2</translation>
    </message>
    <message>
        <source>Township id</source>
        <translation>乡镇编号</translation>
    </message>
    <message>
        <source>Road class</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>车速（公里/小时）</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>A table without geometry (CSV, a spreadsheet) can hold facilities or settlements only; the %1 need lines or polygons from GeoJSON, a Shapefile, KML or a GeoPackage.</source>
        <translation>没有几何图形的表格（CSV、电子表格）只能导入医疗机构或居民点；%1需要线或面，请用 GeoJSON、Shapefile、KML 或 GeoPackage。</translation>
    </message>
    <message>
        <source>The file&apos;s coordinate system %1 cannot be read; choose the coordinate system by hand.</source>
        <translation>无法识别文件中的坐标系 %1，请手动选择坐标系。</translation>
    </message>
    <message>
        <source>The file says its coordinates are projected (%1), not degrees of %2; choose the file&apos;s coordinate system, or correct the file.</source>
        <translation>文件声明其坐标为投影坐标（%1），不是 %2 的经纬度；请选择“按文件声明”，或修正文件。</translation>
    </message>
    <message>
        <source>(%1, %2) cannot be transformed from %3</source>
        <translation>(%1, %2) 无法从 %3 转换</translation>
    </message>
    <message>
        <source>(%1, %2) in %3 is not a place on Earth</source>
        <translation>%3 中的 (%1, %2) 不是地球上的位置</translation>
    </message>
    <message>
        <source>township_id &quot;%1&quot; is not a whole number</source>
        <translation>township_id“%1”不是整数</translation>
    </message>
    <message>
        <source>the project has no township with id %1</source>
        <translation>项目中没有编号为 %1 的乡镇</translation>
    </message>
    <message>
        <source>GBK (GB18030)</source>
        <translation>GBK（GB18030）</translation>
    </message>
    <message>
        <source>The file has no layer or sheet named &quot;%1&quot;; it has: %2.</source>
        <translation>文件中没有名为“%1”的图层或工作表；现有：%2。</translation>
    </message>
    <message>
        <source>The file holds no layers.</source>
        <translation>文件中没有图层。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a GIS file or spreadsheet%2</source>
        <translation>%1 不是可读取的 GIS 文件或电子表格%2</translation>
    </message>
    <message>
        <source>%1 cannot be read again</source>
        <translation>无法再次读取 %1</translation>
    </message>
    <message>
        <source>%1, as the file declares</source>
        <translation>%1（文件声明）</translation>
    </message>
    <message>
        <source>UTF-8, as the format requires</source>
        <translation>UTF-8（该格式规定）</translation>
    </message>
    <message>
        <source>%1, as chosen</source>
        <translation>%1（手动选择）</translation>
    </message>
    <message>
        <source>%1, detected (the file does not say)</source>
        <translation>%1（自动识别，文件未声明）</translation>
    </message>
    <message>
        <source>%1, detected</source>
        <translation>%1（自动识别）</translation>
    </message>
    <message>
        <source>a point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>线</translation>
    </message>
    <message>
        <source>a polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <source>expected %1, got a %2</source>
        <translation>应为%1，实际为 %2</translation>
    </message>
    <message>
        <source>a %1 of %2 points; one point per item is expected</source>
        <translation>%1 含 %2 个点；每条记录应只有一个点</translation>
    </message>
    <message>
        <source>polygon %1, ring %2 has %3 distinct positions; a ring needs at least 3</source>
        <translation>第 %1 个面的第 %2 个环只有 %3 个不同的点；一个环至少需要 3 个</translation>
    </message>
    <message>
        <source>The layer&apos;s geometries and attributes do not match.</source>
        <translation>图层的几何图形与属性不对应。</translation>
    </message>
    <message>
        <source>The layer holds no features.</source>
        <translation>图层中没有要素。</translation>
    </message>
    <message>
        <source>The file says its coordinates are longitude/latitude (%1), not metres of %2; choose the file&apos;s coordinate system, or correct the file.</source>
        <translation>文件声明其坐标为经纬度（%1），不是 %2 的米制坐标；请选择“按文件声明”，或修正文件。</translation>
    </message>
    <message>
        <source>The file is UTF-32 text, which CountyCare does not read. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件是 UTF-32 文本，CountyCare 无法读取。请将其另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text but is not valid UTF-16.</source>
        <translation>该文件看似 UTF-16 文本，但不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (what Excel saves as &quot;Unicode Text&quot;), not %1. Choose automatic detection, or save it as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件是 UTF-16 文本（Excel 的“Unicode 文本”格式），不是 %1。请选择自动检测，或将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>UTF-16 is an encoding of CSV files; choose another for this file.</source>
        <translation>UTF-16 仅用于 CSV 文件；请为此文件选择其他编码。</translation>
    </message>
</context>
<context>
    <name>cc::ExplainActions</name>
    <message>
        <source>Click to see how these numbers are computed</source>
        <translation>点击查看这些数值的计算方法</translation>
    </message>
    <message>
        <source>The in-county treatment rate (县域就诊率) at the start and the end of the horizon and the fund&apos;s months of reserve. Click for the formula, the inputs and the parameters that moved them.</source>
        <translation>模拟期初和期末的县域就诊率以及医保基金可支付月数。点击查看计算公式、输入数据以及影响结果的参数。</translation>
    </message>
    <message>
        <source>E&amp;xplain a Number...</source>
        <translation>解释数值(&amp;X)...</translation>
    </message>
    <message>
        <source>Show how an indicator is computed: formula, inputs, changed parameters</source>
        <translation>显示指标的计算方法：公式、输入数据、变动的参数</translation>
    </message>
    <message>
        <source>Click a point to see how it is computed</source>
        <translation>点击数据点查看其计算方法</translation>
    </message>
    <message>
        <source>There are no simulation results yet.</source>
        <translation>尚无模拟结果。</translation>
    </message>
</context>
<context>
    <name>cc::ExplainDialog</name>
    <message>
        <source>How is this number made? – %1</source>
        <translation>这个数值是怎么来的？– %1</translation>
    </message>
    <message>
        <source>Formula, inputs and the parameters that differ from the reference scenario</source>
        <translation>公式、输入数据以及与参照方案不同的参数</translation>
    </message>
    <message>
        <source>The derivation of the indicator you clicked: the formula in words, the numbers it is computed from (taken from the simulation results of that month and scope) and the payment parameters that differ from the reference scenario, the ones acting directly on this indicator first.</source>
        <translation>所点击指标的推导过程：文字表述的公式、计算所依据的数值（取自该月份和范围的模拟结果），以及与参照方案不同的支付参数，其中直接作用于该指标的参数排在前面。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the explanation to the clipboard</source>
        <translation>将解释内容复制到剪贴板</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Township %1</source>
        <translation>%1乡镇</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>影响因素</translation>
    </message>
    <message>
        <source>This is the reference scenario &quot;%1&quot;: no parameter differs. Select another scenario to see what it changes.</source>
        <translation>这是参照方案“%1”：没有参数不同。请选择其他方案查看其变化。</translation>
    </message>
    <message>
        <source>No payment parameter of this month differs from &quot;%1&quot;; the difference comes from postings or facilities.</source>
        <translation>本月没有支付参数与“%1”不同；差异来自人员派驻或医疗机构。</translation>
    </message>
    <message>
        <source>Parameters that differ from &quot;%1&quot; in this month, those acting directly on this indicator first, then by the size of the change:</source>
        <translation>本月与“%1”不同的参数，直接作用于该指标的排在前面，其余按变化幅度排序：</translation>
    </message>
    <message>
        <source>● acts directly on this indicator.</source>
        <translation>● 直接作用于该指标。</translation>
    </message>
    <message>
        <source>The reform&apos;s mechanisms</source>
        <translation>改革的作用机制</translation>
    </message>
    <message>
        <source>Each mechanism taken out of &quot;%1&quot; in turn, after the ones above it; the change it made to this number:</source>
        <translation>从“%1”中依次去掉各项机制（在其上方各项已去掉的基础上），该机制对这个数值带来的变化：</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未采用</translation>
    </message>
    <message>
        <source>Without any of them: %1.</source>
        <translation>去掉全部机制后：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2; the scenario&apos;s other changes (reimbursement, postings, growth of use) account for %3.</source>
        <translation>“%1”为 %2；方案的其他变化（报销政策、人员派驻、就医需求增长）带来 %3。</translation>
    </message>
</context>
<context>
    <name>cc::FileActions</name>
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
        <source>&quot;%1&quot; has unsaved changes. Save them before closing?</source>
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
        <source>&quot;%1&quot; is open in another CountyCare window (%2). Changes made in both would overwrite each other.

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
        <source>Discard all unsaved changes to &quot;%1&quot;?</source>
        <translation>放弃对“%1”的所有未保存更改？</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n 条警告，第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program since you opened it (%2). Saving now would overwrite those changes.</source>
        <translation>“%1”在您打开后已被其他程序更改（%2）。现在保存将覆盖这些更改。</translation>
    </message>
    <message>
        <source>Reload: open the file as it is now; your unsaved changes are lost.
Save As: keep both, your version under another name.
Overwrite: replace the file with your version; the other changes are lost.</source>
        <translation>重新加载：打开文件的当前内容，您未保存的更改将丢失。
另存为：两者都保留，您的版本以其他名称保存。
覆盖：用您的版本替换该文件，对方的更改将丢失。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open in %2. Save under another name, or close it there first.</source>
        <translation>“%1”正在 %2 中打开。请以其他名称保存，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>CountyCare projects (*.ccplan *.gpkg);;CountyCare projects as GeoPackage (*.gpkg);;All files (*)</source>
        <translation>CountyCare 项目 (*.ccplan *.gpkg);;GeoPackage 格式的 CountyCare 项目 (*.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a project file (.ccplan or .gpkg)</source>
        <translation>打开项目文件（.ccplan 或 .gpkg）</translation>
    </message>
</context>
<context>
    <name>cc::FirstHour</name>
    <message>
        <source>&amp;Glossary of the Reform</source>
        <translation>改革术语表(&amp;G)</translation>
    </message>
    <message>
        <source>What 县域就诊率, 结余留用, 县招乡用 and the other terms mean and how the planner models them</source>
        <translation>县域就诊率、结余留用、县招乡用等术语的含义及本软件的建模方式</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>引导教程(&amp;T)</translation>
    </message>
    <message>
        <source>A short tour of the main window</source>
        <translation>主窗口简要导览</translation>
    </message>
    <message>
        <source>&amp;Start Page...</source>
        <translation>起始页(&amp;S)...</translation>
    </message>
    <message>
        <source>New project, open a file or the demo county</source>
        <translation>新建项目、打开文件或示范县</translation>
    </message>
    <message>
        <source>Focus Next &amp;Panel</source>
        <translation>聚焦下一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next dock (the map, policy, charts...)</source>
        <translation>将键盘焦点移到下一个停靠面板（地图、政策、图表……）</translation>
    </message>
    <message>
        <source>Focus Previous Pa&amp;nel</source>
        <translation>聚焦上一个面板(&amp;N)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous dock</source>
        <translation>将键盘焦点移到上一个停靠面板</translation>
    </message>
    <message>
        <source>The county map: settlements, facilities, roads and township boundaries. Choose a tool in the Map Tools bar to add or move them; select one to edit it in the Properties dock.</source>
        <translation>县域地图：居民点、医疗机构、道路和乡镇边界。在“地图工具”栏中选择工具以添加或移动要素；选中要素后可在“属性”面板中编辑。</translation>
    </message>
    <message>
        <source>Welcome to CountyCare Planner</source>
        <translation>欢迎使用 CountyCare Planner</translation>
    </message>
    <message>
        <source>This tour shows the main window in seven steps. Use Next (Enter), Back, or Skip (Esc); Help &gt; Guided Tour shows it again.</source>
        <translation>本教程分七步介绍主窗口。使用“下一步”（Enter）、“上一步”或“跳过”（Esc）；可通过“帮助 &gt; 引导教程”再次查看。</translation>
    </message>
    <message>
        <source>The county map</source>
        <translation>县域地图</translation>
    </message>
    <message>
        <source>Villages, clinics, township health centres, county hospitals and roads. Drag to pan, scroll to zoom; select a place to edit it in the Properties dock.</source>
        <translation>村、村卫生室、乡镇卫生院、县医院和道路。拖动以平移，滚动以缩放；选中某处后可在“属性”面板中编辑。</translation>
    </message>
    <message>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <source>Add settlements and facilities, draw roads and township boundaries. Every edit can be undone (Ctrl+Z).</source>
        <translation>添加居民点和医疗机构，绘制道路和乡镇边界。所有编辑均可撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Payment policy</source>
        <translation>支付政策</translation>
    </message>
    <message>
        <source>Reimbursement ratios and deductibles by level, global budget with surplus retention (结余留用) and overrun sharing (超支分担), DRG points and capitation, per scenario and from any month.</source>
        <translation>分级设置的报销比例和起付线、含结余留用和超支分担的总额预算、按病组(DRG)点数法付费和按人头付费，可按方案设置并从任意月份起生效。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Every change is simulated month by month: in-county treatment, the insurance fund, episodes by level and staffing. Click a point to see how it is computed.</source>
        <translation>每项改动都会逐月模拟：县域就诊、医保基金、各级诊疗人次和人员配置。点击数据点查看其计算方法。</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The in-county treatment rate (县域就诊率) at the start and end of the horizon and the fund&apos;s months of reserve. Click them for their derivation.</source>
        <translation>模拟期初和期末的县域就诊率以及医保基金可支付月数。点击可查看其推导过程。</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>研讨会模式</translation>
    </message>
    <message>
        <source>F11 presents the plan to a room: full screen, big levers, Play through the months and Before/After. The Help menu has the glossary of the reform&apos;s terms (F1).</source>
        <translation>按 F11 向会场展示方案：全屏、大号调节杆、逐月播放以及前后对比。“帮助”菜单中有改革术语表（F1）。</translation>
    </message>
    <message>
        <source>&amp;Model Notes</source>
        <translation>模型说明(&amp;M)</translation>
    </message>
    <message>
        <source>How the model computes choice, capacity, the fund and the budget; every parameter with its source; what the model leaves out</source>
        <translation>模型如何计算就医选择、服务能力、医保基金和总额预算；每个参数及其来源；模型未涵盖的内容</translation>
    </message>
</context>
<context>
    <name>cc::Glossary</name>
    <message>
        <source>Tight county health alliance</source>
        <translation>紧密型县域医共体</translation>
    </message>
    <message>
        <source>The county hospitals, township health centres and village clinics of a county run as one organisation: one management, one staff pool, one budget and shared services, so that common illnesses are treated near home and serious ones within the county.</source>
        <translation>将一个县的县级医院、乡镇卫生院和村卫生室作为一个整体运行：统一管理、统一人员调配、统一预算并共享服务，实现小病在家门口看、大病不出县。</translation>
    </message>
    <message>
        <source>The project is one alliance: its facilities, staff, postings and payment policy. Every scenario is simulated month by month for the whole county.</source>
        <translation>一个项目即一个医共体，包括其医疗机构、人员、派驻安排和支付政策。每个方案都按月对全县进行模拟。</translation>
    </message>
    <message>
        <source>In-county treatment rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>The share of the residents&apos; outpatient visits and admissions that take place inside the county. The national target for tight alliances is about 90%.</source>
        <translation>居民门诊人次和住院人次中在县域内就诊的比例。国家对紧密型医共体的目标约为 90%。</translation>
    </message>
    <message>
        <source>In-county (village clinic, township health centre and county hospital) episodes divided by all episodes, each month, for the county and each township; also as a 12-month rolling value. Click the value in the status bar to see its inputs.</source>
        <translation>县域内（村卫生室、乡镇卫生院和县医院）诊疗人次除以全部诊疗人次，按月分别计算全县和各乡镇的数值，并给出 12 个月滚动值。点击状态栏中的数值可查看其输入数据。</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>The share of the residents&apos; hospital admissions that take place inside the county.</source>
        <translation>居民住院人次中在县域内住院的比例。</translation>
    </message>
    <message>
        <source>In-county admissions divided by all admissions of the month. Out-of-county admissions are those at city and provincial hospitals.</source>
        <translation>当月县域内住院人次除以全部住院人次。县外住院指在市级医院和省级医院的住院。</translation>
    </message>
    <message>
        <source>Grassroots share of visits</source>
        <translation>基层诊疗量占比</translation>
    </message>
    <message>
        <source>The share of the county&apos;s outpatient visits made at village clinics and township health centres; a sign that primary care holds. Guidance aims at about 65%.</source>
        <translation>全县门诊人次中在村卫生室和乡镇卫生院就诊的比例，反映基层首诊是否稳固。政策导向目标约为 65%。</translation>
    </message>
    <message>
        <source>Village clinic and township health centre outpatient visits divided by all in-county outpatient visits; the charts show a 55-65% target band.</source>
        <translation>村卫生室和乡镇卫生院门诊人次除以县域内全部门诊人次；图表中显示 55%–65% 的目标区间。</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>总额预算</translation>
    </message>
    <message>
        <source>The insurance fund pays the alliance a budget for all care of the county&apos;s residents for the year instead of paying each claim; the alliance then pays for its residents&apos; care wherever they are treated.</source>
        <translation>医保基金不再逐笔支付费用，而是按年度向医共体拨付覆盖全县居民全部医疗费用的总额预算；居民无论在何处就医，其费用均由医共体支付。</translation>
    </message>
    <message>
        <source>Surplus retention</source>
        <translation>结余留用</translation>
    </message>
    <message>
        <source>When the alliance spends less than its global budget, it keeps part of the surplus to reward keeping people healthy and treated near home.</source>
        <translation>医共体实际支出低于总额预算时，可留用部分结余，用于激励其维护居民健康、推动就近就医。</translation>
    </message>
    <message>
        <source>At the year end the alliance keeps retention x surplus (default 100%), the fund the rest. The lever &quot;Surplus retained by the alliance&quot; sets it.</source>
        <translation>年终时医共体留用“留用比例 × 结余”（默认 100%），其余归医保基金。由调节杆“医共体结余留用比例”设置。</translation>
    </message>
    <message>
        <source>Overrun sharing</source>
        <translation>超支分担</translation>
    </message>
    <message>
        <source>When the alliance spends more than its global budget, the fund covers part of the overrun within a band and the alliance bears the rest.</source>
        <translation>医共体实际支出超过总额预算时，医保基金在一定区间内分担部分超支，其余由医共体承担。</translation>
    </message>
    <message>
        <source>The fund covers share x overrun up to a band of the budget (defaults 50% and 10%); the alliance&apos;s loss shows as a negative retained surplus.</source>
        <translation>医保基金按“分担比例 × 超支额”分担，上限为预算的一定比例区间（默认分别为 50% 和 10%）；医共体的亏损表现为负的结余留用额。</translation>
    </message>
    <message>
        <source>County-recruited, township-used</source>
        <translation>县招乡用</translation>
    </message>
    <message>
        <source>Doctors are hired by the alliance (the county) and posted to township health centres and village clinics for months or days a week, so that the grassroots gets skills it cannot recruit itself.</source>
        <translation>医生由医共体（县级）统一招聘，按月或每周若干天派驻到乡镇卫生院和村卫生室，使基层获得其自身难以招到的技术力量。</translation>
    </message>
    <message>
        <source>A posting puts a staff member at a facility for a span of months at an FTE fraction. It raises the facility&apos;s capability for the service lines that staff member treats, and so its share of the residents&apos; choices.</source>
        <translation>一次派驻是将一名人员按一定全职当量比例在若干个月内安排到某个医疗机构。派驻可提升该机构在该人员所诊治服务类别上的服务能力，从而提高居民选择该机构就诊的比例。</translation>
    </message>
    <message>
        <source>DRG point method</source>
        <translation>DRG 点数法</translation>
    </message>
    <message>
        <source>Hospital admissions are paid by diagnosis-related group: each case earns points by the group&apos;s relative weight, and the value of a point is the year&apos;s budget divided by all points earned in the region, so hospitals compete within a fixed total.</source>
        <translation>住院费用按疾病诊断相关分组（DRG）付费：每个病例按所在病组的相对权重获得点数，点值等于当年预算除以区域内全部点数，各医院在总额控制下竞争。</translation>
    </message>
    <message>
        <source>Points = 100 x relative weight x hospital coefficient (lower for township centres); the point value floats with the year&apos;s DRG budget or is fixed in yuan.</source>
        <translation>点数 = 100 × 相对权重 × 医院系数（乡镇卫生院较低）；点值随当年 DRG 预算浮动，或按固定元数设定。</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>按人头付费</translation>
    </message>
    <message>
        <source>The fund pays a fixed amount per signed resident and year for their outpatient care, whatever the number of visits, which rewards prevention and keeping visits at the grassroots.</source>
        <translation>医保基金按每名签约居民每年固定金额支付其门诊费用，与就诊次数无关，从而激励预防保健并将门诊留在基层。</translation>
    </message>
    <message>
        <source>Yuan per signed resident and year, replacing fee-for-service for the signed residents&apos; outpatient care; in workshop mode the capitation lever at 0 turns it off.</source>
        <translation>按每名签约居民每年若干元支付，取代签约居民门诊费用的按项目付费；在研讨会模式下，按人头付费调节杆设为 0 即关闭该政策。</translation>
    </message>
    <message>
        <source>Family-doctor signing</source>
        <translation>家庭医生签约</translation>
    </message>
    <message>
        <source>Residents sign a contract with a family-doctor team at their village clinic or township health centre for basic care, follow-up of chronic illness and referral.</source>
        <translation>居民与所在村卫生室或乡镇卫生院的家庭医生团队签约，获得基本医疗、慢性病随访和转诊服务。</translation>
    </message>
    <message>
        <source>The signed share of residents ramps up to a target over some months; signed residents prefer their home facility (a term of the choice model).</source>
        <translation>签约居民占比在若干个月内逐步提高到目标值；签约居民更倾向于在签约机构就诊（就医选择模型中的一项）。</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>The part of an episode&apos;s cost the patient pays before insurance starts to reimburse; lower at the grassroots and higher at city and provincial hospitals.</source>
        <translation>医保开始报销前由患者自付的诊疗费用部分；基层医疗机构较低，市级医院和省级医院较高。</translation>
    </message>
    <message>
        <source>A deductible per level for outpatient and inpatient care; out-of-pocket = cost - max(0, cost - deductible) x ratio x in-scope share.</source>
        <translation>门诊和住院按医疗机构级别分别设置起付线；自付 = 费用 − max(0, 费用 − 起付线) × 报销比例 × 政策范围内费用占比。</translation>
    </message>
    <message>
        <source>Reimbursement ratio</source>
        <translation>报销比例</translation>
    </message>
    <message>
        <source>The share of the in-scope cost above the deductible that insurance pays. A higher ratio at township centres than at county and outside hospitals steers patients to the grassroots.</source>
        <translation>起付线以上政策范围内费用中由医保支付的比例。乡镇卫生院的报销比例高于县级医院和县外医院，可引导患者到基层就医。</translation>
    </message>
    <message>
        <source>A ratio per level for outpatient and inpatient care; out-of-county care without referral loses extra points. Residents choose among facilities by travel time, capability, out-of-pocket cost and waiting (a logit choice model).</source>
        <translation>门诊和住院按医疗机构级别分别设置报销比例；未经转诊到县外就医的，报销比例再降低若干百分点。居民根据出行时间、服务能力、自付费用和等候时间在医疗机构之间选择就诊（Logit 选择模型）。</translation>
    </message>
    <message>
        <source>Months of reserve</source>
        <translation>基金可支付月数</translation>
    </message>
    <message>
        <source>How many months the resident insurance fund could pay with its balance; a healthy fund holds about 6 to 9 months.</source>
        <translation>城乡居民医保基金以其结余可支付的月数；运行健康的基金约可支付 6 至 9 个月。</translation>
    </message>
    <message>
        <source>Closing balance divided by the mean monthly outflow (payments and settlements) over the last 12 months.</source>
        <translation>期末结余除以最近 12 个月月均支出（支付和清算）。</translation>
    </message>
    <message>
        <source>From the month it is switched on, the year&apos;s budget is last year&apos;s spending on the alliance&apos;s residents x (1 + growth coefficient), or a share of revenue after the critical-illness and reserve shares; it is prepaid monthly (85% by default) with a turnover fund and settled at the year end. The high-cost part of admissions is paid outside it.</source>
        <translation>从开启的月份起，每年的预算按上年对医共体居民的实际支出 ×（1 + 增长系数）核定，或按扣除大病保险和风险调剂金后的收入比例核定；按月预拨（默认 85%）并预拨周转金，年终清算。住院费用中的高额部分在预算之外支付。</translation>
    </message>
</context>
<context>
    <name>cc::GlossaryDialog</name>
    <message>
        <source>Glossary of the Reform</source>
        <translation>改革术语表</translation>
    </message>
    <message>
        <source>Filter terms...</source>
        <translation>筛选术语...</translation>
    </message>
    <message>
        <source>Type part of a term, in Chinese or in the interface language</source>
        <translation>输入术语的一部分，中文或界面语言均可</translation>
    </message>
    <message>
        <source>What the term means and how the planner models it</source>
        <translation>术语含义及本软件的建模方式</translation>
    </message>
    <message>
        <source>In the planner</source>
        <translation>本软件中的处理</translation>
    </message>
    <message>
        <source>The terms of the reform, then how the model works</source>
        <translation>改革术语，以及模型如何计算</translation>
    </message>
    <message>
        <source>Terms of the reform</source>
        <translation>改革术语</translation>
    </message>
    <message>
        <source>How the model works</source>
        <translation>模型说明</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>cc::GuidedTour</name>
    <message>
        <source>&amp;Skip Tour</source>
        <translation>跳过教程(&amp;S)</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help &gt; Guided Tour shows it again</source>
        <translation>结束教程（Esc）；可通过“帮助 &gt; 引导教程”再次查看</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Next step (Enter)</source>
        <translation>下一步（Enter）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
</context>
<context>
    <name>cc::ImportActions</name>
    <message>
        <source>&amp;Boundary...</source>
        <translation>县界(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Facilities...</source>
        <translation>医疗机构(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Settlements...</source>
        <translation>居民点(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Roads...</source>
        <translation>道路(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Export &amp;Layer</source>
        <translation>导出图层(&amp;L)</translation>
    </message>
    <message>
        <source>%1 as GeoJSON...</source>
        <translation>%1（GeoJSON）...</translation>
    </message>
    <message>
        <source>%1 as CSV...</source>
        <translation>%1（CSV）...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The project is open read-only; nothing can be imported.</source>
        <translation>项目以只读方式打开，无法导入任何内容。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) into %1 from %2; Undo removes them again.</source>
        <translation>
            <numerusform>已从 %2 向%1导入 %n 项；撤销可将其再次删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>已将 %n 项写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 from a Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</source>
        <translation>从 Shapefile、KML、GeoPackage、MapInfo、GeoJSON、Excel 或 CSV 文件添加%1</translation>
    </message>
    <message>
        <source>Export &amp;Data (Excel)...</source>
        <translation>导出数据（Excel）(&amp;D)...</translation>
    </message>
    <message>
        <source>Write an Excel workbook: monthly indicators of every scenario, the comparison, parameters with their sources, staff and postings</source>
        <translation>导出 Excel 工作簿：各方案的逐月指标、方案对比、参数及其来源、人员名册与派驻</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n sheet(s))</source>
        <translation>
            <numerusform>已写入 %1（%n 个工作表）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ImportDialog</name>
    <message>
        <source>Import Map Data</source>
        <translation>导入地图数据</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Boundary (polygons)</source>
        <translation>县界（面）</translation>
    </message>
    <message>
        <source>Facilities (points)</source>
        <translation>医疗机构（点）</translation>
    </message>
    <message>
        <source>Settlements (points)</source>
        <translation>居民点（点）</translation>
    </message>
    <message>
        <source>Roads (lines)</source>
        <translation>道路（线）</translation>
    </message>
    <message>
        <source>WGS 84 (GPS, OpenStreetMap, survey data)</source>
        <translation>WGS 84（GPS、OpenStreetMap、测绘数据）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap/Gaode, Tencent, DataV downloads)</source>
        <translation>GCJ-02（高德地图、腾讯地图、DataV 下载数据）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>The first rows of the file as read</source>
        <translation>读取到的文件前几行</translation>
    </message>
    <message>
        <source>Preview (first rows):</source>
        <translation>预览（前几行）：</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import everything; offered when the file has no problems</source>
        <translation>全部导入；文件没有问题时可用</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>导入有效行</translation>
    </message>
    <message>
        <source>Leave out the rows listed above and import the rest</source>
        <translation>跳过上面列出的行，导入其余行</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
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
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s)</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>此文件中没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) ready to import, no problems.</source>
        <translation>
            <numerusform>%n 项可导入，没有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can be imported; %2 would be left out. Fix the file, or import the valid ones only.</source>
        <translation>%1 可导入；%2 将被跳过。请修正文件，或仅导入有效项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem row(s)</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new township(s) will be added.</source>
        <translation>
            <numerusform>将新增 %n 个乡镇。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 个有效行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n valid feature(s)</source>
        <translation>
            <numerusform>导入 %n 个有效要素</numerusform>
        </translation>
    </message>
    <message>
        <source>A Shapefile, KML, GeoPackage, MapInfo, GeoJSON, Excel or CSV file</source>
        <translation>Shapefile、KML、GeoPackage、MapInfo、GeoJSON、Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>Layer or &amp;sheet in the file:</source>
        <translation>文件中的图层或工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>按文件声明</translation>
    </message>
    <message>
        <source>BD-09 (Baidu Maps)</source>
        <translation>BD-09（百度地图）</translation>
    </message>
    <message>
        <source>CGCS2000 longitude/latitude (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <source>Other EPSG code (Gauss-Krüger zone, UTM, ...)</source>
        <translation>其他 EPSG 代码（高斯-克吕格分带、UTM 等）</translation>
    </message>
    <message>
        <source>EPSG code</source>
        <translation>EPSG 代码</translation>
    </message>
    <message>
        <source>CGCS2000 3-degree Gauss-Krüger zones are EPSG:4534-4554 (central meridian in the name) and 4513-4533 (zone number in front of the easting)</source>
        <translation>CGCS2000 三度带高斯-克吕格投影：EPSG:4534-4554（以中央经线命名）和 4513-4533（横坐标前加带号）</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Excel and GIS software)</source>
        <translation>GBK / GB18030（中文版 Excel 和 GIS 软件）</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>识别结果：</translation>
    </message>
    <message>
        <source>&amp;Import into:</source>
        <translation>导入到(&amp;I)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>字段对应</translation>
    </message>
    <message>
        <source>Map preview</source>
        <translation>地图预览</translation>
    </message>
    <message>
        <source>Map data and spreadsheets (*.shp *.dbf *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json *.xlsx *.ods *.csv *.tsv *.txt)</source>
        <translation>地图数据和电子表格 (*.shp *.dbf *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json *.xlsx *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Map data (*.shp *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json)</source>
        <translation>地图数据 (*.shp *.kml *.kmz *.gpkg *.tab *.mif *.geojson *.json)</translation>
    </message>
    <message>
        <source>Shapefile (*.shp *.dbf)</source>
        <translation>Shapefile 文件 (*.shp *.dbf)</translation>
    </message>
    <message>
        <source>KML (*.kml *.kmz)</source>
        <translation>KML 文件 (*.kml *.kmz)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage 文件 (*.gpkg)</translation>
    </message>
    <message>
        <source>MapInfo (*.tab *.mif)</source>
        <translation>MapInfo 文件 (*.tab *.mif)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods)</source>
        <translation>电子表格 (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>Format: GeoJSON</source>
        <translation>格式：GeoJSON</translation>
    </message>
    <message>
        <source>Coordinates: WGS 84 (RFC 7946), unless the file has a &quot;crs&quot; member</source>
        <translation>坐标：WGS 84（RFC 7946），文件另有“crs”声明时从其声明</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>图层：%1</translation>
    </message>
    <message>
        <source>Coordinates: %1</source>
        <translation>坐标：%1</translation>
    </message>
    <message>
        <source>Coordinates: not declared (read as WGS 84 unless you choose)</source>
        <translation>坐标：未声明（除非另选，按 WGS 84 读取）</translation>
    </message>
    <message>
        <source>Coordinates: from longitude/latitude columns</source>
        <translation>坐标：取自经度、纬度列</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文字编码：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s)</source>
        <translation>
            <numerusform>%n 行数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>As the file says: %1</source>
        <translation>按文件声明：%1</translation>
    </message>
    <message>
        <source>As the file says (WGS 84 when it says nothing)</source>
        <translation>按文件声明（未声明时为 WGS 84）</translation>
    </message>
    <message>
        <source>Columns (GeoJSON properties are read by name)</source>
        <translation>字段对应（GeoJSON 按属性名读取）</translation>
    </message>
    <message>
        <source>Web map data (AMap, Tencent, Baidu) is GCJ-02 or BD-09 while its files say WGS 84: choose it here.</source>
        <translation>高德、腾讯、百度等网络地图数据为 GCJ-02 或 BD-09，文件却常标为 WGS 84：请在此选择。</translation>
    </message>
    <message>
        <source>GCJ-02 and BD-09 are shifted a few hundred metres from GPS. Everything is converted to WGS 84 on import.</source>
        <translation>GCJ-02 和 BD-09 与 GPS 坐标相差数百米。导入时一律转换为 WGS 84。</translation>
    </message>
    <message>
        <source>As the file says, else detected (UTF-8, UTF-16, else GBK)</source>
        <translation>按文件声明，否则自动检测（UTF-8、UTF-16，否则 GBK）</translation>
    </message>
    <message>
        <source>UTF-16 (Excel &quot;Unicode Text&quot;, CSV only)</source>
        <translation>UTF-16（Excel“Unicode 文本”，仅限 CSV）</translation>
    </message>
</context>
<context>
    <name>cc::ImportPreviewMap</name>
    <message>
        <source>Map preview of the import</source>
        <translation>导入内容的地图预览</translation>
    </message>
    <message>
        <source>Grey: what the project has. Coloured: what the import would add.</source>
        <translation>灰色：项目中已有的；彩色：将要导入的。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to import</source>
        <translation>
            <numerusform>将导入 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
</context>
<context>
    <name>cc::IndicatorColumns</name>
    <message>
        <source>Month index</source>
        <translation>月序号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
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
        <source>Grassroots share of outpatient visits</source>
        <translation>基层诊疗量占比</translation>
    </message>
    <message>
        <source>Share of fund spent in the county</source>
        <translation>医保基金县域内支出占比</translation>
    </message>
    <message>
        <source>Fund revenue</source>
        <translation>医保基金收入</translation>
    </message>
    <message>
        <source>Fund payments</source>
        <translation>医保基金支出</translation>
    </message>
    <message>
        <source>Year-end settlements</source>
        <translation>年终清算</translation>
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
        <source>Retained surplus (alliance)</source>
        <translation>结余留用（医共体）</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident</source>
        <translation>居民人均自付</translation>
    </message>
    <message>
        <source>Fund opening balance</source>
        <translation>基金期初结余</translation>
    </message>
    <message>
        <source>Fund claims</source>
        <translation>基金应付报销额</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>总额预算</translation>
    </message>
    <message>
        <source>DRG point value</source>
        <translation>DRG 点值</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <source>Episodes wanted</source>
        <translation>就医需求人次</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>诊疗人次</translation>
    </message>
    <message>
        <source>In-county episodes</source>
        <translation>县域内诊疗人次</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>住院人次</translation>
    </message>
    <message>
        <source>In-county admissions</source>
        <translation>县域内住院人次</translation>
    </message>
    <message>
        <source>In-county outpatient visits</source>
        <translation>县域内门诊人次</translation>
    </message>
    <message>
        <source>Grassroots outpatient visits</source>
        <translation>基层门诊人次</translation>
    </message>
    <message>
        <source>Episodes at village clinics</source>
        <translation>村卫生室诊疗人次</translation>
    </message>
    <message>
        <source>Episodes at township centres</source>
        <translation>乡镇卫生院诊疗人次</translation>
    </message>
    <message>
        <source>Episodes at county hospitals</source>
        <translation>县级医院诊疗人次</translation>
    </message>
    <message>
        <source>Episodes at city hospitals</source>
        <translation>市级医院诊疗人次</translation>
    </message>
    <message>
        <source>Episodes at provincial hospitals</source>
        <translation>省级医院诊疗人次</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>医保报销费用</translation>
    </message>
    <message>
        <source>Claims in the county</source>
        <translation>县域内医保报销费用</translation>
    </message>
    <message>
        <source>Capitation</source>
        <translation>按人头付费</translation>
    </message>
    <message>
        <source>Cost of care</source>
        <translation>医疗费用</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Out-of-pocket share of cost</source>
        <translation>自付费用占比</translation>
    </message>
    <message>
        <source>In-county treatment rate, 12 months</source>
        <translation>县域就诊率（滚动 12 个月）</translation>
    </message>
    <message>
        <source>Grassroots share, 12 months</source>
        <translation>基层诊疗量占比（滚动 12 个月）</translation>
    </message>
    <message>
        <source>Critical-illness carve-out payments</source>
        <translation>大病及高额费用单列支付</translation>
    </message>
    <message>
        <source>Turnover fund advanced (+) or recovered (-)</source>
        <translation>周转金预拨（+）或收回（-）</translation>
    </message>
    <message>
        <source>Bed occupancy</source>
        <translation>病床使用率</translation>
    </message>
    <message>
        <source>Outpatient congestion</source>
        <translation>门诊拥挤程度</translation>
    </message>
    <message>
        <source>Inpatient congestion</source>
        <translation>住院拥挤程度</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>避免的住院人次</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>每千人年住院人次</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>平均住院日（天）</translation>
    </message>
    <message>
        <source>Referrals up</source>
        <translation>上转人次</translation>
    </message>
    <message>
        <source>Referrals down</source>
        <translation>下转人次</translation>
    </message>
    <message>
        <source>Telemedicine links&apos; cost</source>
        <translation>远程医疗协作费用</translation>
    </message>
    <message>
        <source>County doctors posted for at least the minimum term per 10,000 residents</source>
        <translation>每万居民派驻基层达到最短期限的县级医生数</translation>
    </message>
</context>
<context>
    <name>cc::InvestmentEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>A scenario named %1 exists.</source>
        <translation>已存在名为 %1 的方案。</translation>
    </message>
    <message>
        <source>The starting scenario does not exist.</source>
        <translation>起始方案不存在。</translation>
    </message>
    <message>
        <source>Apply investment plan &quot;%1&quot;</source>
        <translation>应用投资方案“%1”</translation>
    </message>
    <message>
        <source>Change golden hour</source>
        <translation>修改黄金救治时间</translation>
    </message>
    <message>
        <source>Change investment catalogue</source>
        <translation>修改投资项目目录</translation>
    </message>
</context>
<context>
    <name>cc::Investments</name>
    <message>
        <source>Add beds</source>
        <translation>增加床位</translation>
    </message>
    <message>
        <source>Equip for a service line</source>
        <translation>配置专科设备</translation>
    </message>
    <message>
        <source>Telemedicine link</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>Post county doctors for 12 months</source>
        <translation>县级医生下沉12个月</translation>
    </message>
    <message>
        <source>New village clinic</source>
        <translation>新建村卫生室</translation>
    </message>
    <message>
        <source>New township branch</source>
        <translation>新建乡镇卫生院分院</translation>
    </message>
    <message>
        <source>Merge a clinic into its neighbour</source>
        <translation>村卫生室撤并至邻近卫生室</translation>
    </message>
    <message>
        <source>Designate and equip a care centre</source>
        <translation>建设并认定专病中心</translation>
    </message>
    <message>
        <source>Chest-pain centre</source>
        <translation>胸痛中心</translation>
    </message>
    <message>
        <source>Stroke centre</source>
        <translation>卒中中心</translation>
    </message>
    <message>
        <source>Trauma centre</source>
        <translation>创伤中心</translation>
    </message>
    <message>
        <source>Critical maternal care centre</source>
        <translation>危重孕产妇救治中心</translation>
    </message>
    <message>
        <source>Unknown kind of investment %1.</source>
        <translation>未知的投资类型 %1。</translation>
    </message>
    <message>
        <source>An investment belongs to a scenario.</source>
        <translation>投资项目必须属于某一方案。</translation>
    </message>
    <message>
        <source>An investment adds from 0 to 10,000 beds or doctors.</source>
        <translation>投资项目增加的床位或医生数应在 0 至 10,000 之间。</translation>
    </message>
    <message>
        <source>A capability gain is a share from 0 to 1.</source>
        <translation>服务能力提升幅度应为 0 至 1 之间的比例。</translation>
    </message>
    <message>
        <source>Unknown kind of care centre %1.</source>
        <translation>未知的专病中心类型 %1。</translation>
    </message>
    <message>
        <source>The golden hour is from 1 to 600 minutes.</source>
        <translation>黄金救治时间应在 1 至 600 分钟之间。</translation>
    </message>
    <message>
        <source>%1: the capital cost is from 0 to 100 billion yuan.</source>
        <translation>%1：建设投资应在 0 至 1000 亿元之间。</translation>
    </message>
    <message>
        <source>%1: the yearly cost is within 10 billion yuan.</source>
        <translation>%1：年运行费用不超过 100 亿元。</translation>
    </message>
    <message>
        <source>%1: the number is from 1 to 1,000.</source>
        <translation>%1：数量应在 1 至 1,000 之间。</translation>
    </message>
    <message>
        <source>%1: the capability gain is a share from 0 to 1.</source>
        <translation>%1：服务能力提升幅度应为 0 至 1 之间的比例。</translation>
    </message>
    <message>
        <source>%1: the running years are from 0 to 100.</source>
        <translation>%1：运行年限应在 0 至 100 年之间。</translation>
    </message>
    <message>
        <source>Assumption: 50 m2 per bed (township centre building standard, 建标107-2008) at about 4,000 yuan/m2 built and equipped; running cost about 60,000 yuan per bed a year (nursing staff at 0.4 per bed, 2023 township centre salaries)</source>
        <translation>假设：每床建筑面积 50 平方米（乡镇卫生院建设标准，建标107-2008），建设及设备约 4,000 元/平方米；每床每年运行费用约 6 万元（按每床 0.4 名护士、2023 年乡镇卫生院薪酬水平）</translation>
    </message>
    <message>
        <source>Assumption: a 16-slice CT or an operating room, about 3 million yuan in 2023 county procurement notices, maintenance and a technician 10% a year; closes 30% of the centre&apos;s capability gap on the line</source>
        <translation>假设：16 排 CT 或一间手术室，据 2023 年县级采购公告约 300 万元，维护及技术人员每年约为投入的 10%；可补齐该卫生院此项服务能力缺口的 30%</translation>
    </message>
    <message>
        <source>Gain and yearly cost of the default remote-consultation link (an assumption, after Huidong county&apos;s telemedicine and provincial price lists); assumption: 200,000 yuan for terminals and the line</source>
        <translation>能力提升与年运行费用取默认的远程会诊协作值（假设，参照惠东县远程医疗做法及省级价格目录）；假设：终端与专线投入 20 万元</translation>
    </message>
    <message>
        <source>Assumption: a grassroots-service allowance of 3,000 yuan a month per doctor (provincial 县招乡用 schemes pay 1,000-5,000); salaries stay with the county hospital</source>
        <translation>假设：每名医生每月基层服务补贴 3,000 元（各省县招乡用补贴为 1,000-5,000 元）；工资仍由县级医院发放</translation>
    </message>
    <message>
        <source>Assumption: a standard clinic of 60 m2 or more (村卫生室建设标准) about 300,000 yuan; a village doctor&apos;s income about 80,000 yuan a year</source>
        <translation>假设：按村卫生室建设标准建设 60 平方米以上的标准化村卫生室约 30 万元；乡村医生年收入约 8 万元</translation>
    </message>
    <message>
        <source>Assumption: a branch of 10 beds (1,000 m2 at 4,000 yuan/m2 plus equipment) staffed by three GPs and three nurses</source>
        <translation>假设：设 10 张床位的分院（1,000 平方米，每平方米 4,000 元，另加设备），配备 3 名全科医生和 3 名护士</translation>
    </message>
    <message>
        <source>Assumption: refitting the neighbour costs 100,000 yuan; the closed building saves 40,000 yuan a year (the staff move with it)</source>
        <translation>假设：改造邻近卫生室需 10 万元；关闭的房屋每年节省 4 万元（人员随之转入）</translation>
    </message>
    <message>
        <source>Assumption: a county catheter lab or stroke unit with its green channel, about 8 million yuan (county chest-pain centre reports), staff and upkeep 1.5 million a year; closes 20% of the complex inpatient line&apos;s capability gap</source>
        <translation>假设：县级导管室或卒中单元及其绿色通道约 800 万元（县级胸痛中心建设报道），人员及维护每年 150 万元；可补齐复杂住院服务能力缺口的 20%</translation>
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
    <message>
        <source>baseline</source>
        <translation>基线方案</translation>
    </message>
    <message>
        <source>Remote consultation</source>
        <translation>远程会诊</translation>
    </message>
    <message>
        <source>Shared imaging centre</source>
        <translation>共享影像中心</translation>
    </message>
    <message>
        <source>Shared laboratory</source>
        <translation>共享检验中心</translation>
    </message>
    <message>
        <source>Shared ECG centre</source>
        <translation>共享心电中心</translation>
    </message>
</context>
<context>
    <name>cc::Language</name>
    <message>
        <source>&amp;Language / 语言</source>
        <translation>语言(&amp;L) / Language</translation>
    </message>
    <message>
        <source>Switch the interface language; the choice is remembered</source>
        <translation>切换界面语言；选择将被记住</translation>
    </message>
    <message>
        <source>Show the interface in this language (no restart needed)</source>
        <translation>以此语言显示界面（无需重启）</translation>
    </message>
</context>
<context>
    <name>cc::LeverPanel</name>
    <message>
        <source>Township inpatient reimbursement</source>
        <translation>乡镇卫生院住院报销比例</translation>
    </message>
    <message>
        <source>Share of in-scope inpatient cost the insurance pays at township health centres (乡镇卫生院住院报销比例).</source>
        <translation>医保在乡镇卫生院支付的政策范围内住院费用比例（乡镇卫生院住院报销比例）。</translation>
    </message>
    <message>
        <source>Township vs county ratio gap</source>
        <translation>乡镇与县级报销比例差</translation>
    </message>
    <message>
        <source>How many points more the insurance reimburses at a township health centre than at a county hospital (inpatient). A wider gap steers patients to the township; moving it changes the county hospital&apos;s ratio.</source>
        <translation>住院报销比例在乡镇卫生院比县医院高出多少个百分点。差距越大，越能引导患者到乡镇就医；调整此项会改变县医院的报销比例。</translation>
    </message>
    <message>
        <source>Global budget</source>
        <translation>总额预算</translation>
    </message>
    <message>
        <source>Pay the alliance a global budget (总额预算) instead of claim by claim; it keeps part of a surplus and bears part of an overrun.</source>
        <translation>对医共体实行总额预算，而非按单据逐笔支付；医共体结余部分留用，超支部分分担。</translation>
    </message>
    <message>
        <source>Surplus retained by the alliance</source>
        <translation>医共体结余留用比例</translation>
    </message>
    <message>
        <source>Share of a year-end surplus of the global budget the alliance keeps (结余留用); acts only with the global budget on.</source>
        <translation>医共体可留用的总额预算年终结余比例（结余留用）；仅在启用总额预算时生效。</translation>
    </message>
    <message>
        <source>Capitation per signed resident</source>
        <translation>每名签约居民人头费</translation>
    </message>
    <message>
        <source>Yuan per signed resident and year paid for their outpatient care (按人头付费); 0 turns capitation off.</source>
        <translation>每名签约居民每年支付的门诊费用（元）（按人头付费）；设为 0 则关闭按人头付费。</translation>
    </message>
    <message>
        <source>Trainer &amp;lock</source>
        <translation>培训师锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the parameters: only the revealed levers can be moved, the full policy panel is locked</source>
        <translation>锁定参数：只能调节已显示的调节杆，完整政策面板被锁定</translation>
    </message>
    <message>
        <source>For trainers: while locked, the levers are revealed one at a time with &quot;Reveal next lever&quot; and the policy panel cannot be edited.</source>
        <translation>供培训师使用：锁定期间，通过“显示下一个调节杆”逐个显示调节杆，政策面板不可编辑。</translation>
    </message>
    <message>
        <source>Reveal &amp;next lever</source>
        <translation>显示下一个调节杆(&amp;N)</translation>
    </message>
    <message>
        <source>Unlock the next lever for the room</source>
        <translation>为会场解锁下一个调节杆</translation>
    </message>
    <message>
        <source>Enables the next locked lever, top to bottom.</source>
        <translation>按从上到下的顺序启用下一个被锁定的调节杆。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Global budget: ON</source>
        <translation>总额预算：开</translation>
    </message>
    <message>
        <source>Global budget: OFF</source>
        <translation>总额预算：关</translation>
    </message>
    <message>
        <source>%1, policy in force in %2 (the %3 change)</source>
        <translation>%1：%2执行的政策（%3的调整）</translation>
    </message>
</context>
<context>
    <name>cc::LinkDialog</name>
    <message>
        <source>Add Telemedicine Link</source>
        <translation>添加远程医疗协作</translation>
    </message>
    <message>
        <source>&amp;County hospital:</source>
        <translation>县医院(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Township centre:</source>
        <translation>乡镇卫生院(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>截止(&amp;O)：</translation>
    </message>
    <message>
        <source>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</source>
        <translation>对该协作所覆盖的服务项目，乡镇卫生院与完全服务能力之间的差距被弥补的比例</translation>
    </message>
    <message>
        <source>Capability &amp;gain:</source>
        <translation>能力提升(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Yearly cost (yuan):</source>
        <translation>年费用（元）(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>cc::LinkModel</name>
    <message>
        <source>All scenarios</source>
        <translation>所有方案</translation>
    </message>
    <message>
        <source>Not in effect in the scenario shown</source>
        <translation>在当前显示的方案中未生效</translation>
    </message>
    <message>
        <source>Share of the township centre&apos;s gap to full capability the link closes, for the service lines it serves</source>
        <translation>对该协作所覆盖的服务项目，乡镇卫生院与完全服务能力之间的差距被弥补的比例</translation>
    </message>
    <message>
        <source>Unknown kind of telemedicine link.</source>
        <translation>未知的远程医疗协作类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value.</source>
        <translation>“%1”不是有效的值。</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Capability gain</source>
        <translation>能力提升</translation>
    </message>
    <message>
        <source>Yearly cost (yuan)</source>
        <translation>年费用（元）</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
</context>
<context>
    <name>cc::LinkTool</name>
    <message>
        <source>Click a county hospital, then the township centre it serves.</source>
        <translation>先点击县医院，再点击它所服务的乡镇卫生院。</translation>
    </message>
    <message>
        <source>Link canceled.</source>
        <translation>已取消协作连线。</translation>
    </message>
    <message>
        <source>Click a county hospital to start the link.</source>
        <translation>点击一家县医院作为协作起点。</translation>
    </message>
    <message>
        <source>Click a township centre to end the link (Esc cancels).</source>
        <translation>点击一家乡镇卫生院作为协作终点（按 Esc 取消）。</translation>
    </message>
    <message>
        <source>%1 is a %2: a telemedicine link starts at a county hospital.</source>
        <translation>%1 是%2：远程医疗协作须从县医院出发。</translation>
    </message>
    <message>
        <source>%1: now click the township centre it serves (%2; Esc cancels).</source>
        <translation>%1：现在点击它所服务的乡镇卫生院（%2；按 Esc 取消）。</translation>
    </message>
    <message>
        <source>%1 already has a %2 link from %3.</source>
        <translation>%1 已有来自 %3 的%2协作。</translation>
    </message>
    <message>
        <source>Added: %1 from %2 to %3.</source>
        <translation>已添加：%2 至 %3 的%1。</translation>
    </message>
</context>
<context>
    <name>cc::LinksPanel</name>
    <message>
        <source>Telemedicine Links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>Telemedicine &amp;Links</source>
        <translation>远程医疗协作(&amp;L)</translation>
    </message>
    <message>
        <source>Show the telemedicine links table: remote consultation and shared imaging, laboratory and ECG centres</source>
        <translation>显示远程医疗协作表：远程会诊及影像、检验、心电共享中心</translation>
    </message>
    <message>
        <source>Draw on &amp;Map</source>
        <translation>在地图上绘制(&amp;M)</translation>
    </message>
    <message>
        <source>Click a county hospital, then a township centre, on the map</source>
        <translation>在地图上先点击县医院，再点击乡镇卫生院</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add a link by choosing its hospital, centre and kind</source>
        <translation>选择县医院、乡镇卫生院和类型来添加协作</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected links</source>
        <translation>删除选中的协作</translation>
    </message>
    <message>
        <source>Telemedicine links from a county hospital to a township centre: remote consultation, shared imaging, laboratory or ECG centres. Each raises the centre&apos;s capability for the services it supports and costs a yearly amount. Double-click a cell to change it; every change can be undone.</source>
        <translation>从县医院到乡镇卫生院的远程医疗协作：远程会诊，影像、检验或心电共享中心。每项协作提升卫生院在其支持服务上的能力，并有年度费用。双击单元格即可修改；每次修改都可撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) in the scenario shown, %1 yuan a year</source>
        <translation>
            <numerusform>当前方案中有 %n 项协作，每年 %1 元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n telemedicine link(s)</source>
        <translation>
            <numerusform>删除 %n 项远程医疗协作</numerusform>
        </translation>
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
        <translation>
            <numerusform>已生成报告 %1（共 %n 页）</numerusform>
        </translation>
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
    <message>
        <source>Not simulated, the charts show earlier results: %1</source>
        <translation>未能测算，图表显示的是此前的结果：%1</translation>
    </message>
    <message>
        <source>Payment Policy: %1</source>
        <translation>支付政策：%1</translation>
    </message>
</context>
<context>
    <name>cc::MapCandidates</name>
    <message>
        <source>Investment candidates (area: gain)</source>
        <translation>候选投资（面积表示增益）</translation>
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
    <message>
        <source>Draw Link</source>
        <translation>绘制协作</translation>
    </message>
    <message>
        <source>Telemedicine link: click a county hospital, then a township centre; Esc cancels</source>
        <translation>远程医疗协作：先点击县医院，再点击乡镇卫生院；按 Esc 取消</translation>
    </message>
    <message>
        <source>Link kind</source>
        <translation>协作类型</translation>
    </message>
</context>
<context>
    <name>cc::MapGoldenHour</name>
    <message>
        <source>&amp;Golden-Hour Coverage</source>
        <translation>黄金救治时间覆盖(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Villages Beyond the Golden Hour</source>
        <translation>黄金救治时间外的村庄(&amp;V)</translation>
    </message>
    <message>
        <source>Ring the villages whose road travel time to the nearest care centre of the chosen kind exceeds the golden hour</source>
        <translation>用圆圈标出到最近的所选专病中心道路行程超过黄金救治时间的村庄</translation>
    </message>
    <message>
        <source>Golden Hour &amp;Threshold...</source>
        <translation>黄金救治时间阈值(&amp;T)...</translation>
    </message>
    <message>
        <source>Golden Hour</source>
        <translation>黄金救治时间</translation>
    </message>
    <message>
        <source>Minutes within which a time-critical patient should reach a centre (60: the chest-pain and stroke centre standards):</source>
        <translation>急危重症患者应在多少分钟内到达救治中心（胸痛中心、卒中中心标准为 60 分钟）：</translation>
    </message>
    <message>
        <source>%1: no %2 within reach</source>
        <translation>%1：无可到达的%2</translation>
    </message>
    <message>
        <source>%1: %2 min to the nearest %3</source>
        <translation>%1：到最近的%3需 %2 分钟</translation>
    </message>
    <message>
        <source>Measuring travel times to the nearest %1...</source>
        <translation>正在计算到最近%1的行程时间…</translation>
    </message>
    <message>
        <source>No %1 in this scenario: all %2 residents are beyond the golden hour.</source>
        <translation>本方案没有%1：全部 %2 名居民都在黄金救治时间之外。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 residents (%n village(s)) beyond %4 min.</source>
        <translation>
            <numerusform>%1：%3 名居民中有 %2 人（%n 个村）超过 %4 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Golden hour: %1</source>
        <translation>黄金救治时间：%1</translation>
    </message>
    <message>
        <source>Beyond %1 min: %2 residents</source>
        <translation>超过 %1 分钟：%2 名居民</translation>
    </message>
</context>
<context>
    <name>cc::MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>地图图例</translation>
    </message>
</context>
<context>
    <name>cc::MapLinks</name>
    <message>
        <source>Telemedicine links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 · capability gain %2% · %3 yuan a year</source>
        <translation>%1 · 能力提升 %2% · 每年 %3 元</translation>
    </message>
    <message>
        <source>Not in effect in %1</source>
        <translation>%1 未生效</translation>
    </message>
    <message>
        <source>Show in the Links Table</source>
        <translation>在协作表中显示</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>删除协作</translation>
    </message>
</context>
<context>
    <name>cc::MapOverlays</name>
    <message>
        <source>Map Month</source>
        <translation>地图月份</translation>
    </message>
    <message>
        <source>&amp;Overlays</source>
        <translation>叠加图层(&amp;O)</translation>
    </message>
    <message>
        <source>Patient &amp;Flows</source>
        <translation>患者流向(&amp;F)</translation>
    </message>
    <message>
        <source>Lines from each township to the facilities its residents use, as wide as the episodes in the month shown</source>
        <translation>从各乡镇到其居民就诊的医疗机构的连线，线宽对应所示月份的诊疗人次</translation>
    </message>
    <message>
        <source>Flows &amp;To</source>
        <translation>流向目标(&amp;T)</translation>
    </message>
    <message>
        <source>Township Centres</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County Hospitals</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>Out-of-County Hospitals</source>
        <translation>县外医院</translation>
    </message>
    <message>
        <source>Facility &amp;Load</source>
        <translation>医疗机构负荷(&amp;L)</translation>
    </message>
    <message>
        <source>A ring round each facility coloured by the staff its workload needs over the staff it has</source>
        <translation>每个医疗机构周围的圆环，颜色表示其工作量所需人员与现有人员之比</translation>
    </message>
    <message>
        <source>&amp;In-County Rate by Township</source>
        <translation>各乡镇县域就诊率(&amp;I)</translation>
    </message>
    <message>
        <source>Settlements coloured by their township&apos;s in-county treatment rate in the month shown</source>
        <translation>居民点按其所在乡镇在所示月份的县域就诊率着色</translation>
    </message>
    <message>
        <source>&amp;Travel Time</source>
        <translation>出行时间(&amp;T)</translation>
    </message>
    <message>
        <source>Settlements coloured by travel minutes over the roads (15/30/60/120-minute bands)</source>
        <translation>居民点按沿道路的出行分钟数着色（15/30/60/120 分钟分档）</translation>
    </message>
    <message>
        <source>Travel Time T&amp;o</source>
        <translation>出行时间目标(&amp;o)</translation>
    </message>
    <message>
        <source>Nearest Township Centre</source>
        <translation>最近的乡镇卫生院</translation>
    </message>
    <message>
        <source>Nearest County Hospital</source>
        <translation>最近的县医院</translation>
    </message>
    <message>
        <source>Selected Facility</source>
        <translation>所选医疗机构</translation>
    </message>
    <message>
        <source>%1 → %2: %3 episodes in %4</source>
        <translation>%1 → %2：%4 诊疗 %3 人次</translation>
    </message>
    <message>
        <source>%1: staff needed for the workload / staff present = %2</source>
        <translation>%1：工作量所需人员 / 现有人员 = %2</translation>
    </message>
    <message>
        <source>no staff</source>
        <translation>无人员</translation>
    </message>
    <message>
        <source>Patients to township centres</source>
        <translation>前往乡镇卫生院的患者</translation>
    </message>
    <message>
        <source>Patients to county hospitals</source>
        <translation>前往县医院的患者</translation>
    </message>
    <message>
        <source>Patients leaving the county</source>
        <translation>流出县外的患者</translation>
    </message>
    <message>
        <source>%1 episodes a month</source>
        <translation>每月 %1 诊疗人次</translation>
    </message>
    <message>
        <source>Facility load (staff needed / present)</source>
        <translation>医疗机构负荷（所需人员 / 现有人员）</translation>
    </message>
    <message>
        <source>under 70%: spare capacity</source>
        <translation>低于 70%：服务能力有余</translation>
    </message>
    <message>
        <source>70-100%: balanced</source>
        <translation>70-100%：均衡</translation>
    </message>
    <message>
        <source>100-130%: busy</source>
        <translation>100-130%：繁忙</translation>
    </message>
    <message>
        <source>130% and over: overloaded</source>
        <translation>130% 及以上：超负荷</translation>
    </message>
    <message>
        <source>In-county treatment rate by township</source>
        <translation>各乡镇县域就诊率</translation>
    </message>
    <message>
        <source>90% and over (national goal)</source>
        <translation>90% 及以上（国家目标）</translation>
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
        <translation>低于 70%</translation>
    </message>
    <message>
        <source>Travel time to the nearest township centre</source>
        <translation>到最近乡镇卫生院的出行时间</translation>
    </message>
    <message>
        <source>Travel time to the nearest county hospital</source>
        <translation>到最近县医院的出行时间</translation>
    </message>
    <message>
        <source>Travel time to %1</source>
        <translation>到%1的出行时间</translation>
    </message>
    <message>
        <source>the selected facility (select one)</source>
        <translation>所选医疗机构（请选择一个）</translation>
    </message>
    <message>
        <source>under 15 min</source>
        <translation>15 分钟以内</translation>
    </message>
    <message>
        <source>15-30 min</source>
        <translation>15-30 分钟</translation>
    </message>
    <message>
        <source>30-60 min</source>
        <translation>30-60 分钟</translation>
    </message>
    <message>
        <source>60-120 min</source>
        <translation>60-120 分钟</translation>
    </message>
    <message>
        <source>120 min and over</source>
        <translation>120 分钟及以上</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>月份 %1</translation>
    </message>
    <message>
        <source>Two-Way Referrals (Up and Down)</source>
        <translation>双向转诊（上转和下转）</translation>
    </message>
    <message>
        <source>Referred up from %1 to %2: %3 patients in %4</source>
        <translation>%1 上转至 %2：%4 共 %3 人次</translation>
    </message>
    <message>
        <source>Referred down from %1 to %2 for recovery: %3 patients of %4 in %5</source>
        <translation>%1 下转至 %2 康复：%5 共 %3 人次（%4 居民）</translation>
    </message>
    <message>
        <source>Bed occupancy in %1: %2</source>
        <translation>%1 病床使用率：%2</translation>
    </message>
    <message>
        <source>DRG revenue in %1: %2 yuan</source>
        <translation>%1 DRG 收入：%2 元</translation>
    </message>
    <message>
        <source>Two-way referrals (patients a month)</source>
        <translation>双向转诊（每月人次）</translation>
    </message>
    <message>
        <source>Up: township centre to hospital</source>
        <translation>上转：乡镇卫生院至医院</translation>
    </message>
    <message>
        <source>Down: county hospital to township centre</source>
        <translation>下转：县医院至乡镇卫生院</translation>
    </message>
    <message>
        <source>%1 patients a month</source>
        <translation>每月 %1 人次</translation>
    </message>
    <message>
        <source>County hospitals in %1</source>
        <translation>%1 各县医院</translation>
    </message>
    <message>
        <source>beds %1 full</source>
        <translation>病床使用率 %1</translation>
    </message>
    <message>
        <source>DRG %1 yuan</source>
        <translation>DRG %1 元</translation>
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
    <name>cc::ModelNotes</name>
    <message>
        <source>Time and results</source>
        <translation>时间与结果</translation>
    </message>
    <message>
        <source>The model runs month by month over the horizon from the start month; calendar years count for growth, budgets and the year-end settlement. Every quantity is an expected value for a village or community, not a count of individual patients, so the same project always gives the same numbers. The indicators are computed for the county and for each township, per month and over the last 12 months: in-county treatment rate = in-county (village clinic, township centre, county hospital) visits and admissions / all of them; in-county inpatient share = in-county admissions / all admissions; grassroots share = village clinic and township centre visits / all in-county visits.</source>
        <translation>模型从起始月起逐月模拟至模拟期末；增长、总额预算和年终清算按自然年计算。所有数量都是以村（社区）为单位的期望值，而不是逐个病人的计数，因此同一个项目每次算出的结果完全相同。各项指标按全县和各乡镇、按月和按近 12 个月计算：县域就诊率 = 县域内（村卫生室、乡镇卫生院、县级医院）门诊人次与住院人次之和 ÷ 全部门诊和住院人次；县域内住院人次占比 = 县域内住院人次 ÷ 全部住院人次；基层诊疗量占比 = 村卫生室和乡镇卫生院门诊人次 ÷ 县域内全部门诊人次。</translation>
    </message>
    <message>
        <source>Patient choice</source>
        <translation>就医选择</translation>
    </message>
    <message>
        <source>Each month the residents of each village or community who need one kind of care (a service line) choose among the facilities they consider: the nearest village clinics and township centres, every county hospital, and the city and provincial hospitals. Each choice gets a score: the level&apos;s constant for that line (fitted by calibration) + quality weight x capability - travel weight x travel minutes - cost weight x out-of-pocket yuan + a bonus for staying in the county + a bonus for the own family doctor&apos;s facility, by the signed share + size weight x the logarithm of an in-county facility&apos;s size (its own staff for visits, its beds for admissions) - congestion aversion x the queue expected there. A facility&apos;s share of the patients is e^score / the sum of e^score over the choices (a logit model): a better, nearer, cheaper or less crowded facility gains patients gradually, never all at once. Capability = 1 - (1 - starting capability) x the product over posted staff of (1 - role weight x title factor x FTE). A facility below the lowest level a line needs treats it only while a posted specialist lifts its capability above the line&apos;s threshold; a grassroots facility without beds takes no admissions. Travel minutes follow the drawn roads at their speed; where no road is drawn, straight-line distance x the detour factor at the off-road speed. Each service line carries its own cost, travel and quality weights.</source>
        <translation>每个月，每个村（社区）需要某类服务（服务类别）的居民，在其可选的医疗机构中选择就医地点：最近的几个村卫生室和乡镇卫生院、县内每一家县级医院，以及市级和省级医院。每个选项得到一个得分：该层级对该服务类别的常数（由校准拟合）+ 质量权重 × 服务能力 − 出行权重 × 出行分钟数 − 费用权重 × 自付金额（元）+ 县内就医加分 + 签约居民对其家庭医生所在机构的加分（按签约比例）+ 规模权重 × 县内机构规模的对数（门诊按本机构人员，住院按床位）− 拥挤规避系数 × 预期排队程度。某机构分得的病人比例 = e^得分 ÷ 所有选项 e^得分 之和（logit 模型）：更好、更近、更便宜或更不拥挤的机构会逐步多得病人，而不是一下子全部得到。服务能力 = 1 − (1 − 初始服务能力) × 各派驻人员 (1 − 岗位权重 × 职称系数 × 工作量折算) 的乘积。层级低于某服务类别最低要求的机构，只有在派驻专科医生使其服务能力超过该类别门槛期间才能提供该服务；没有床位的基层机构不收治住院。出行时间沿已绘制道路按各道路速度计算；没有道路处按直线距离 × 绕行系数、以路网外速度计算。每个服务类别有各自的费用、出行和质量权重。</translation>
    </message>
    <message>
        <source>Demand and its growth</source>
        <translation>需求及其增长</translation>
    </message>
    <message>
        <source>Episodes of a line demanded in a month = residents x the line&apos;s yearly rate per person / 12, grown by the yearly growth of use per person (visits and admissions separately) for every calendar year since the start. The cost of an episode grows by its own yearly rate; patients weigh out-of-pocket costs at start-year prices, because incomes are taken to grow with prices. Demand itself does not respond to price, distance or waiting: these move where patients go, not how often they seek care (providers&apos; response can avoid or add admissions, see below). An episode stays unmet only where no facility a village considers can treat the line.</source>
        <translation>某服务类别每月的需求人次 = 居民人数 × 该类别人均年服务率 ÷ 12，自起始年起每过一个自然年按人均利用增长率（门诊和住院分别设定）增长。每人次费用按各自的年增长率上涨；病人按起始年价格衡量自付费用，因为假定收入与价格同步增长。需求本身不随价格、距离或排队变化：这些因素只改变病人去哪里看病，不改变看病的次数（医疗机构的反应可以减少或增加住院，见下文）。只有当某村可选的机构都不能提供该服务时，相应人次才记为未满足需求。</translation>
    </message>
    <message>
        <source>Capacity and queues</source>
        <translation>服务能力与排队</translation>
    </message>
    <message>
        <source>A facility&apos;s staff time per month = FTE present x available working hours per year x 60 / 12 minutes; where it has beds, each role splits its time between the outpatient clinic and the wards by its ward share. Home staff count at 1 FTE minus their postings elsewhere; posted staff count where they are posted. Outpatient load = visits x the line&apos;s staff minutes; ward load = admissions x the line&apos;s ward minutes; bed load = admissions x length of stay, against beds x 30.4 days x the occupancy at capacity. Outpatients queue when the clinic load exceeds clinic time; admissions queue when ward time or beds, whichever is tighter, run short. Patients expect this month&apos;s queue from last month&apos;s patients of each facility, rescaled by how its appeal has changed since, and the queue settles where the patients who still come just fill the capacity (each unit of queue keeps a share of them away, set by the congestion aversion). Hospitals outside the county and facilities without staff never queue. Staff needed (WISN) = workload minutes / available minutes per FTE.</source>
        <translation>机构每月的人员工作时间 = 在岗人员折算数 × 年可用工作小时 × 60 ÷ 12（分钟）；有床位的机构，各岗位按其病房工作比例把时间分配给门诊和病房。本机构人员按 1 减去其外派工作量计算，派驻人员计入派驻机构。门诊负荷 = 门诊人次 × 该类别人员分钟数；病房负荷 = 住院人次 × 该类别病房分钟数；床位负荷 = 住院人次 × 平均住院日，对照床位数 × 30.4 天 × 满负荷病床使用率。门诊负荷超过门诊工作时间时门诊排队；病房工作时间或床位（以更紧者为准）不足时住院排队。病人根据各机构上个月的病人数、按此后该机构吸引力的变化加以调整，来预期本月的排队；排队程度稳定在仍来就诊的病人恰好用满服务能力之处（每增加一个单位的排队，就有一部分病人不来，比例由拥挤规避系数决定）。县外医院和没有人员的机构不排队。所需人员（WISN）= 工作负荷分钟数 ÷ 每个全职人员的可用分钟数。</translation>
    </message>
    <message>
        <source>Reimbursement and out-of-pocket cost</source>
        <translation>报销与自付</translation>
    </message>
    <message>
        <source>For each level, and for outpatient and inpatient care separately, the fund pays (cost - deductible, when positive) x in-scope share x reimbursement ratio, times the effective reimbursement scale fitted by calibration, and never more than the cost; the patient pays the rest. Outside the county, patients without a referral lose the no-referral cut of ratio points. Uninsured residents pay the whole cost.</source>
        <translation>按机构层级、门诊和住院分别计算：基金支付 =（费用 − 起付线，为正时）× 政策范围内费用占比 × 报销比例，再乘以校准拟合的实际报销系数，且不超过费用本身；其余由病人自付。在县外就医而未办理转诊的病人，报销比例再降低规定的百分点。未参保居民自付全部费用。</translation>
    </message>
    <message>
        <source>The fund: revenue and payments</source>
        <translation>医保基金收支</translation>
    </message>
    <message>
        <source>Revenue per month = residents x insured share x (fiscal subsidy + personal premium) / 12; subsidy and premium grow by their yearly rate in each calendar year after the first. Fee-for-service: the fund pays its part of every insured episode. DRG point method (when on): admissions at township centres and county hospitals earn points = base points x the line&apos;s DRG relative weight x the hospital coefficient. Without a global budget the fund pays the points, and a hospital keeps what it saves per case: a floating point value = what the year&apos;s DRG-paid admissions would have cost the fund under fee-for-service before providers&apos; response / the year&apos;s points, so the total stays and each hospital&apos;s part follows its points; a fixed point value pays yuan per point. Under a global budget the points only share the alliance&apos;s budget among its hospitals. Capitation (when on): the fund pays a yearly amount per signed insured resident, in monthly twelfths, instead of fee-for-service for signed residents&apos; in-county outpatient care; the signed share ramps from its starting value to the target. Balance: next month&apos;s balance = this month&apos;s + revenue - payments - year-end settlements - turnover fund advanced (+ recovered); months of reserve = balance / the mean monthly outflow of the last 12 months.</source>
        <translation>每月收入 = 居民人数 × 参保率 ×（财政补助 + 个人缴费）÷ 12；补助和缴费从第二个自然年起每年按筹资增长率增长。按项目付费：基金支付每一参保人次中应由基金承担的部分。DRG 点数法（开启时）：乡镇卫生院和县级医院的住院病例获得点数 = 基准点数 × 该类别 DRG 相对权重 × 医院系数。未实行总额预算时，基金按点数付费，医院每例节省的费用归医院：浮动点值 = 当年 DRG 付费病例在医疗机构作出反应之前、按项目付费本应由基金支付的金额 ÷ 当年总点数，因此总额不变，各医院所得与其点数成比例；固定点值则按每点固定金额支付。实行总额预算时，点数只用于在医共体各医院之间分配总额预算。按人头付费（开启时）：基金按每名签约参保居民每年的固定金额（按月支付十二分之一）支付，代替签约居民在县域内门诊的按项目付费；签约比例从起始值逐步推进到目标值。基金结余：下月结余 = 本月结余 + 收入 − 支付 − 年终清算 − 预拨的周转金（收回时加回）；可支付月数 = 结余 ÷ 近 12 个月月均支出。</translation>
    </message>
    <message>
        <source>Global budget and year-end settlement</source>
        <translation>总额预算与年终清算</translation>
    </message>
    <message>
        <source>Under a global budget the alliance answers for its residents&apos; claims wherever they are treated, in the county or outside it. The budget of a calendar year is set either from last year&apos;s actual spending on its residents (the claims it answered for, without the critical-illness part) x (1 + growth coefficient) - the year before the first simulated year counts as twelve times the first month - or from revenue x (1 - critical-illness share - reserve share); either way times the budget share. The fund prepays a share of each month&apos;s budget and, in the first month of each budget year, advances a turnover fund of some months of prepayment, recovered at the settlement. Critical-illness carve-out: the part of an admission&apos;s cost above the high-cost threshold (admission costs spread around the line&apos;s average, lognormal) is paid by the fund outside the budget. Year-end settlement: surplus = budget - the claims the alliance answered for. With a surplus the alliance keeps retention x surplus and the fund the rest; with an overrun the fund covers overrun share x the overrun up to the band x the budget, and the alliance bears the rest. The charts show what the alliance keeps (negative: its loss).</source>
        <translation>实行总额预算后，医共体对其参保居民无论在县内还是县外就医发生的费用都要负责。每个自然年的预算有两种核定方法：按上年对本县居民的实际支出（医共体负责的费用，不含大病部分）×（1 + 增长系数）核定——首个模拟年的上一年按第一个月的 12 倍计；或按收入 ×（1 − 大病保险划拨比例 − 风险调剂金提取比例）核定（以收定支）；两种方法都再乘以总额预算占比。基金按月预拨每月预算的一定比例，并在每个预算年度的第一个月预拨若干个月的周转金，年终清算时收回。大病单列：每例住院费用中超过高额费用线的部分（住院费用围绕该类别平均值呈对数正态分布）由基金在预算之外支付。年终清算：结余 = 预算 − 医共体负责的费用。有结余时，医共体留用 结余留用比例 × 结余，其余归基金；超支时，基金在 超支分担区间 × 预算 以内分担 超支分担比例 × 超支额，其余由医共体承担。图表显示医共体留用的金额（为负即其亏损）。</translation>
    </message>
    <message>
        <source>Provider response to payment</source>
        <translation>医疗机构对支付方式的反应</translation>
    </message>
    <message>
        <source>Providers respond to how they are paid, growing over the response ramp-up from the month a global budget, DRG points or capitation starts. The alliance&apos;s incentive is what it keeps of a yuan of claims it avoids: under a global budget the surplus retention after a year in surplus (and in the budget&apos;s first year), 1 - the fund&apos;s overrun share after an overrun within the band, all of it after an overrun beyond the band; capitation adds its own incentive; fee-for-service gives none. Health management then avoids signed residents&apos; avoidable admissions: each line&apos;s avoidable share x the avoidable admissions prevented x the incentive x the signed share x the ramp. In the same month every avoided admission becomes the set number of visits of the chronic-care line (the one outpatient line marked to take them), at the village clinics and township centres the village considers, shared by their appeal (unmet where none is in reach; without such a line the avoided admissions are not replaced); the demand counted then holds these visits instead of the avoided admissions. Under DRG points or a global budget the township centres&apos; and county hospitals&apos; stays get shorter and their admissions cheaper by the set shares at full response. Without a global budget (fee-for-service, or DRG points alone) providers may add induced admissions (none by default); a global budget removes them.</source>
        <translation>医疗机构会对支付方式作出反应：从总额预算、DRG 点数法或按人头付费开始的月份起，在反应推进期内逐步增强。医共体的激励是它每减少一元费用能留下多少：实行总额预算时，上一年有结余（以及预算的第一年）为结余留用比例，上一年超支在分担区间内为 1 − 基金超支分担比例，超支超出区间则为全部；按人头付费另加其自身的激励；按项目付费没有激励。健康管理随之减少签约居民的可避免住院：各服务类别的可避免比例 × 可避免住院减少比例 × 激励 × 签约比例 × 推进程度。每减少一例住院，当月就转化为设定人次的慢病门诊（即标记为承接这些门诊的那一个门诊服务类别），由该村可选的村卫生室和乡镇卫生院按各自的吸引力分担（都够不到时记为未满足需求；没有这样的服务类别时，减少的住院不转化为门诊）；此时统计的需求包含这些门诊人次，而不再包含减少的住院。实行 DRG 点数法或总额预算时，乡镇卫生院和县级医院的住院日缩短、次均住院费用降低，完全反应时达到设定的比例。未实行总额预算时（按项目付费，或只实行 DRG 点数法），医疗机构可能诱导额外住院（默认没有）；实行总额预算后诱导住院消失。</translation>
    </message>
    <message>
        <source>Two-way referral and telemedicine</source>
        <translation>双向转诊与远程医疗</translation>
    </message>
    <message>
        <source>Where the alliance holds one global budget it refers patients both ways, growing with the response. A share of the admissions beyond what the home township centre treats are referred up through the alliance, to a county hospital or, keeping the referral reimbursement, out of the county. A share of county-hospital admissions spend the recovery part of their stay in the home township centre&apos;s beds, paid there per bed-day, while the county hospital saves the recovery part of its cost (a DRG payment per case does not change). Telemedicine links from a county hospital (remote consultation, shared imaging, laboratory or ECG centres) raise a township centre&apos;s capability for the lines they serve while they run, like a posting: capability = 1 - (1 - capability) x (1 - the link&apos;s gain); they cost the alliance a yearly sum.</source>
        <translation>医共体实行统一的总额预算后，开展双向转诊，并随反应推进逐步增加。本地乡镇卫生院不能诊治的住院病例中，有一部分经医共体向上转诊：转往县级医院，或经转诊到县外就医并保留转诊报销待遇。县级医院住院病例中有一部分把住院的康复阶段转到本地乡镇卫生院的床位，在那里按床日付费，县级医院则节省康复阶段的费用（按病例的 DRG 付费不变）。县级医院与乡镇卫生院之间的远程医疗协作（远程会诊，共享影像、检验或心电中心）在运行期间提高乡镇卫生院相关服务类别的服务能力，作用与派驻类似：服务能力 = 1 −（1 − 服务能力）×（1 − 该协作的提升幅度）；每年由医共体支付一笔费用。</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>模型校准</translation>
    </message>
    <message>
        <source>Calibration fits the constants of every service line and level so that the baseline scenario&apos;s first-year averages, with congestion as set, reproduce the county&apos;s stated in-county treatment rate, in-county inpatient share and grassroots share within 0.05 points, and each line&apos;s stated starting shares by level as closely as those allow: the odds of in-county care and of grassroots care are shifted together until the county&apos;s figures match. Each round moves a constant by ln(stated share / modelled share). Where the fund&apos;s claims-to-revenue ratio of the first year is stated, the effective reimbursement scale is fitted too. A level without a stated share takes the constant of the nearest level that has one, so a posting or a new capability can open a line to a facility. When the figures cannot all be met, the nearest fit is reported with each remaining gap (Analysis &gt; Calibration; the command-line calibrate exits with code 3).</source>
        <translation>校准拟合每个服务类别、每个机构层级的常数，使基线方案首年平均值（按现有拥挤设置）与本县填报的县域就诊率、县域内住院人次占比和基层诊疗量占比相差不超过 0.05 个百分点，并在此前提下尽量贴近各服务类别填报的各层级起始占比：县内就医和基层就医的相对倾向一起调整，直到全县数字吻合。每一轮把常数调整 ln(填报占比 ÷ 模拟占比)。如果填报了首年基金支出与收入之比，还会拟合实际报销系数。没有填报占比的层级取最近的已填报层级的常数，这样派驻医生或新增服务能力可以让机构开展原来没有的服务。若填报数字无法全部满足，则报告最接近的拟合结果及各项剩余差距（分析 &gt; 模型校准；命令行 calibrate 以退出码 3 结束）。</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性分析</translation>
    </message>
    <message>
        <source>Analysis &gt; Uncertainty draws the choice weights, the demand rates and the size of providers&apos; response and of referral from ranges around their values (a Latin hypercube sample), refits the constants of each draw that moves the choice weights so that it still starts at the county&apos;s stated figures, and shows the 50% and 90% bands of the fund balance and the in-county rate and the probability of a fund deficit. Analysis &gt; Sensitivity moves each key parameter down and up in turn.</source>
        <translation>分析 &gt; 不确定性分析：在各选择权重、需求率以及医疗机构反应和转诊程度取值附近的范围内抽样（拉丁超立方抽样），对改变了选择权重的每次抽样重新拟合常数，使其仍从本县填报的数字起步，然后显示基金结余和县域就诊率的 50% 和 90% 区间，以及基金出现赤字的概率。分析 &gt; 敏感性分析：把每个关键参数依次调低和调高。</translation>
    </message>
    <message>
        <source>No seasonality: every month of a year has the same demand and prices.</source>
        <translation>不考虑季节性：一年中每个月的需求和价格都相同。</translation>
    </message>
    <message>
        <source>Only the urban-rural resident medical insurance: the employee medical insurance, its members and its fund are not modelled.</source>
        <translation>只模拟城乡居民医保：职工医保及其参保人和基金不在模型中。</translation>
    </message>
    <message>
        <source>No individual patients: villages are followed as expected values, so a run has no chance in it (Analysis &gt; Uncertainty varies the weights).</source>
        <translation>不模拟单个病人：以村为单位按期望值计算，一次模拟没有随机性（分析 &gt; 不确定性分析会改变各项权重）。</translation>
    </message>
    <message>
        <source>Providers respond to payment only through the factors of provider response (avoided, shorter, cheaper or induced admissions, referrals): they do not select patients, code cases into richer DRG groups or shift costs to patients.</source>
        <translation>医疗机构对支付方式的反应仅限于“医疗机构反应”各参数所列的几种（避免住院、缩短住院日、降低次均住院费用、诱导住院和双向转诊）：模型不考虑推诿病人、高套 DRG 分组或把费用转嫁给病人。</translation>
    </message>
    <message>
        <source>Incomes are assumed to grow with prices: patients weigh out-of-pocket costs at start-year prices.</source>
        <translation>假定居民收入与价格同步增长：病人按起始年价格衡量自付费用。</translation>
    </message>
    <message>
        <source>How often people seek care does not depend on price, distance or waiting; these only move where they go.</source>
        <translation>居民看病的次数不受价格、距离或排队影响；这些因素只改变他们去哪里看病。</translation>
    </message>
    <message>
        <source>The queue is expected from last month&apos;s patients: in the month after a posting ends, the host can lose a few patients to neighbours whose queues the posting had shortened.</source>
        <translation>排队按上个月的病人数预期：派驻结束后的第一个月，接收派驻的机构可能会有少量病人流向邻近机构，因为派驻期间那些机构的排队曾被缩短。</translation>
    </message>
    <message>
        <source>Hospitals outside the county never queue, and staff neither leave nor tire: postings happen as planned.</source>
        <translation>县外医院不排队；人员不会离职也不会疲劳：派驻按计划执行。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1. Help &gt; Model Notes gives each one&apos;s meaning, default, range and source.</source>
        <translation>%1。帮助 &gt; 模型说明列出每个参数的含义、默认值、取值范围和来源。</translation>
    </message>
    <message>
        <source>Model notes</source>
        <translation>模型说明</translation>
    </message>
    <message>
        <source>What CountyCare computes, in words; every parameter with its meaning, default, range and the source of the default; and what the model leaves out. The parameters are listed from the same table the program and the project file use.</source>
        <translation>用文字说明 CountyCare 计算什么；列出每个参数的含义、默认值、取值范围和默认值来源；以及模型没有涵盖的内容。参数表与程序和项目文件使用的是同一张参数表。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>What the model leaves out</source>
        <translation>模型未涵盖的内容</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Payment policy parameters can change from a month on (Payment Policy dock, Policy Schedule); model settings hold for the whole project. The key is the name in the project file and on the command line.</source>
        <translation>支付政策参数可以从某个月起改变（支付政策面板、政策调整时间表）；模型设置对整个项目有效。键名是该参数在项目文件和命令行中的名称。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>取值范围</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>默认值来源</translation>
    </message>
</context>
<context>
    <name>cc::ModelNotesDialog</name>
    <message>
        <source>Model Notes</source>
        <translation>模型说明</translation>
    </message>
</context>
<context>
    <name>cc::MonthLabels</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>cc::MonthPlayer</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Play the months</source>
        <translation>逐月播放</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>The month shown by the cursor on the charts</source>
        <translation>图表上光标所示的月份</translation>
    </message>
    <message>
        <source>The month shown (year-month)</source>
        <translation>所示月份（年-月）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>cc::MonthSlider</name>
    <message>
        <source>Month shown on the map</source>
        <translation>地图所示月份</translation>
    </message>
    <message>
        <source>The simulated month the map overlays show (PgUp/PgDn: a year)</source>
        <translation>地图叠加图层所显示的模拟月份（PgUp/PgDn：一年）</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>cc::NeedView</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Township centres</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County hospitals</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>All in-county facilities</source>
        <translation>全部县域内医疗机构</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Needed (FTE)</source>
        <translation>所需（全职当量）</translation>
    </message>
    <message>
        <source>Posted (FTE)</source>
        <translation>派驻（全职当量）</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>GPs</source>
        <translation>全科医生</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>专科医生</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>公共卫生</translation>
    </message>
    <message>
        <source>WISN: FTE needed = simulated workload (episodes x staff minutes) / available working time per FTE. Red: fewer posted than needed.</source>
        <translation>WISN：所需全职当量 = 模拟工作量（诊疗人次 × 人员工时分钟）/ 每个全职当量的可用工作时间。红色：派驻人数少于所需。</translation>
    </message>
    <message numerus="yes">
        <source>Needed %1 FTE, posted %2 FTE; %n facilities short</source>
        <translation>
            <numerusform>所需 %1 全职当量，派驻 %2 全职当量；%n 个医疗机构人员不足</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the simulation to see the workload.</source>
        <translation>运行模拟以查看工作量。</translation>
    </message>
    <message>
        <source>Posted, short of need</source>
        <translation>已派驻，但低于所需</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>全职当量</translation>
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
    <name>cc::ParameterSection</name>
    <message>
        <source>Hide the parameters of %1</source>
        <translation>收起“%1”的参数</translation>
    </message>
    <message>
        <source>Show the parameters of %1</source>
        <translation>展开“%1”的参数</translation>
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
        <source>Share of an episode&apos;s cost that falls inside the insurance catalogue (政策范围内费用占比).</source>
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
        <source>The alliance receives one prepaid budget and pays its residents&apos; claims everywhere (医保总额付费).</source>
        <translation>医保基金向医共体总额预付一笔预算，本县参保居民在县内外就医的医保费用均由医共体统一支付（医保总额付费）。</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>总额预算占比</translation>
    </message>
    <message>
        <source>Critical illness share</source>
        <translation>大病保险划拨比例</translation>
    </message>
    <message>
        <source>Risk reserve share</source>
        <translation>风险调剂金提取比例</translation>
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
        <source>Point value = the year&apos;s DRG budget / total points (浮动点值); otherwise a fixed value per point.</source>
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
        <source>Start month</source>
        <translation>起始月份</translation>
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
        <source>Family-doctor loyalty</source>
        <translation>家庭医生签约黏性</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>拥挤规避系数</translation>
    </message>
    <message>
        <source>Effect of a junior doctor</source>
        <translation>初级职称医生作用系数</translation>
    </message>
    <message>
        <source>Share of a senior doctor&apos;s effect on capability that a junior doctor has.</source>
        <translation>初级职称医生对服务能力的提升作用相当于高级职称医生的比例。</translation>
    </message>
    <message>
        <source>Effect of an intermediate doctor</source>
        <translation>中级职称医生作用系数</translation>
    </message>
    <message>
        <source>Share of a senior doctor&apos;s effect on capability that an intermediate doctor has.</source>
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
        <source>Share of a posting&apos;s effect on capability that stays after it ends.</source>
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
        <source>Stated in-county treatment rate</source>
        <translation>现状县域就诊率</translation>
    </message>
    <message>
        <source>County&apos;s starting in-county treatment rate (县域就诊率) the model is calibrated to.</source>
        <translation>本县起始时的县域就诊率，模型据此进行校准。</translation>
    </message>
    <message>
        <source>Stated in-county inpatient share</source>
        <translation>现状县域内住院人次占比</translation>
    </message>
    <message>
        <source>County&apos;s starting in-county inpatient share (县域内住院人次占比).</source>
        <translation>本县起始时的县域内住院人次占比。</translation>
    </message>
    <message>
        <source>Stated grassroots share</source>
        <translation>现状基层诊疗量占比</translation>
    </message>
    <message>
        <source>County&apos;s starting grassroots share of outpatient visits (基层诊疗量占比).</source>
        <translation>本县起始时门诊诊疗量中基层医疗机构所占的比例（基层诊疗量占比）。</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Range of the in-county preference</source>
        <translation>县域内就医偏好的范围</translation>
    </message>
    <message>
        <source>Range of the family-doctor loyalty</source>
        <translation>家庭医生签约忠诚度的范围</translation>
    </message>
    <message>
        <source>Range of the congestion aversion</source>
        <translation>拥挤规避的范围</translation>
    </message>
    <message>
        <source>Range of the cost sensitivity</source>
        <translation>费用敏感度的范围</translation>
    </message>
    <message>
        <source>Range of the travel-time sensitivity</source>
        <translation>出行时间敏感度的范围</translation>
    </message>
    <message>
        <source>Range of the quality preference</source>
        <translation>质量偏好的范围</translation>
    </message>
    <message>
        <source>Range of the outpatient visit rate</source>
        <translation>门诊就诊率的范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the outpatient visits per person per year.</source>
        <translation>人均每年门诊人次不确定性范围的相对半宽。</translation>
    </message>
    <message>
        <source>Range of the admission rate</source>
        <translation>住院率的范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the admissions per person per year.</source>
        <translation>人均每年住院人次不确定性范围的相对半宽。</translation>
    </message>
    <message>
        <source>Monte Carlo draws</source>
        <translation>蒙特卡洛抽样次数</translation>
    </message>
    <message>
        <source>Number of Latin hypercube draws of a Monte Carlo run.</source>
        <translation>一次蒙特卡洛运行的拉丁超立方抽样次数。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the Latin hypercube sample; the same seed gives the same bands.</source>
        <translation>拉丁超立方抽样的种子；相同的种子得到相同的区间带。</translation>
    </message>
    <message>
        <source>Rule: FTE per person</source>
        <translation>规则：每人全职当量</translation>
    </message>
    <message>
        <source>What happens when one person&apos;s postings add up to more than the FTE limit in a month: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>某人在某月的派驻合计超过全职当量上限时的处理：0 关闭，1 警告，2 拒绝修改。</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>全职当量</translation>
    </message>
    <message>
        <source>FTE limit per person</source>
        <translation>每人全职当量上限</translation>
    </message>
    <message>
        <source>Largest total FTE one person may be posted at in any month.</source>
        <translation>任一月份中一人可派驻的最大全职当量合计。</translation>
    </message>
    <message>
        <source>Rule: minimum posting length</source>
        <translation>规则：最短派驻时长</translation>
    </message>
    <message>
        <source>What happens when a posting to a township centre or village clinic is shorter than the minimum: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>派驻到乡镇卫生院或村卫生室的时长短于最短时长时的处理：0 关闭，1 警告，2 拒绝修改。</translation>
    </message>
    <message>
        <source>Minimum grassroots posting</source>
        <translation>基层最短派驻时长</translation>
    </message>
    <message>
        <source>Shortest posting to a grassroots facility that counts (national monitoring counts postings of 6 months or more).</source>
        <translation>计入统计的派驻到基层医疗机构的最短时长（国家监测统计 6 个月及以上的派驻）。</translation>
    </message>
    <message>
        <source>Rule: township minimum staff</source>
        <translation>规则：乡镇卫生院最低人员配备</translation>
    </message>
    <message>
        <source>What happens when a township centre falls below its minimum staff in a month: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>乡镇卫生院某月人员低于最低配备时的处理：0 关闭，1 警告，2 拒绝修改。</translation>
    </message>
    <message>
        <source>Township centre minimum posts</source>
        <translation>乡镇卫生院最低岗位数</translation>
    </message>
    <message>
        <source>Staff (FTE present, all roles) every township centre keeps in every month.</source>
        <translation>每个乡镇卫生院每月须保有的人员（现有全职当量，含所有岗位）。</translation>
    </message>
    <message>
        <source>per 10,000</source>
        <translation>每万人</translation>
    </message>
    <message>
        <source>GP norm</source>
        <translation>全科医生配备标准</translation>
    </message>
    <message>
        <source>General practitioners (FTE present) a township centre keeps per 10,000 residents of its township.</source>
        <translation>乡镇卫生院按本乡镇每万名居民须保有的全科医生数（现有全职当量）。</translation>
    </message>
    <message>
        <source>Rule: grassroots service for promotion</source>
        <translation>规则：晋升所需基层服务</translation>
    </message>
    <message>
        <source>What happens when an intermediate-title doctor of a county hospital has less grassroots service than promotion needs: 0 off, 1 warn, 2 refuse the edit.</source>
        <translation>县医院中级职称医生的基层服务时间少于晋升要求时的处理：0 关闭，1 警告，2 拒绝修改。</translation>
    </message>
    <message>
        <source>Grassroots service before promotion</source>
        <translation>晋升前基层服务</translation>
    </message>
    <message>
        <source>Months of grassroots service a doctor needs before promotion to associate chief physician (晋升副主任医师前基层服务).</source>
        <translation>医生晋升副主任医师前需要的基层服务月数（晋升副主任医师前基层服务）。</translation>
    </message>
    <message>
        <source>Annual pay, junior title</source>
        <translation>年薪（初级职称）</translation>
    </message>
    <message>
        <source>Yearly pay assumed for a junior-title staff member whose own pay is not entered.</source>
        <translation>未录入本人薪酬的初级职称人员所采用的假定年薪。</translation>
    </message>
    <message>
        <source>Annual pay, intermediate title</source>
        <translation>年薪（中级职称）</translation>
    </message>
    <message>
        <source>Yearly pay assumed for an intermediate-title staff member whose own pay is not entered.</source>
        <translation>未录入本人薪酬的中级职称人员所采用的假定年薪。</translation>
    </message>
    <message>
        <source>Annual pay, senior title</source>
        <translation>年薪（高级职称）</translation>
    </message>
    <message>
        <source>Yearly pay assumed for a senior-title staff member whose own pay is not entered.</source>
        <translation>未录入本人薪酬的高级职称人员所采用的假定年薪。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>服务能力</translation>
    </message>
    <message>
        <source>Provider response</source>
        <translation>医疗机构行为响应</translation>
    </message>
    <message>
        <source>Two-way referral</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>Yearly growth of subsidy and premium</source>
        <translation>财政补助和个人缴费年增长率</translation>
    </message>
    <message>
        <source>The subsidy and premium entered are the first year&apos;s; each later calendar year grows them by this share (筹资增长).</source>
        <translation>所填财政补助和个人缴费为第一年标准；以后每个自然年按此比例增长（筹资增长）。</translation>
    </message>
    <message>
        <source>Share of the budget base (revenue, or last year&apos;s spending with growth) handed to the alliance as its global budget.</source>
        <translation>预算基数（基金收入，或上年支出加增长）中作为总额预算交给医共体的比例。</translation>
    </message>
    <message>
        <source>Share of revenue set aside for critical illness insurance (大病保险) before a revenue-based budget.</source>
        <translation>按收入核定预算前，从基金收入中划出用于大病保险的比例。</translation>
    </message>
    <message>
        <source>Share of revenue the fund keeps as a risk reserve (风险调剂金) before a revenue-based budget.</source>
        <translation>按收入核定预算前，基金留作风险调剂金的收入比例。</translation>
    </message>
    <message>
        <source>How the budget is set</source>
        <translation>预算核定方式</translation>
    </message>
    <message>
        <source>1: last year&apos;s actual spending on the alliance&apos;s residents times the growth coefficient (按上年实际支出核定); 0: a share of revenue after the critical-illness and reserve shares (以收定支).</source>
        <translation>1：按医共体参保居民上年实际支出乘以增长系数核定；0：扣除大病保险和风险调剂金后按基金收入的一定比例核定（以收定支）。</translation>
    </message>
    <message>
        <source>Budget growth coefficient</source>
        <translation>预算增长系数</translation>
    </message>
    <message>
        <source>Yearly growth added to last year&apos;s spending when the budget is set from spending (增长系数).</source>
        <translation>按上年支出核定预算时，在上年支出基础上增加的年增长率（增长系数）。</translation>
    </message>
    <message>
        <source>Turnover fund</source>
        <translation>周转金</translation>
    </message>
    <message>
        <source>Months of prepayment advanced to the alliance at the start of each budget year and recovered at its settlement (周转金).</source>
        <translation>每个预算年度初预拨给医共体、年终清算时收回的预付月数（周转金）。</translation>
    </message>
    <message>
        <source>High-cost threshold per admission</source>
        <translation>单次住院高额费用起付线</translation>
    </message>
    <message>
        <source>The fund pays the part of an admission&apos;s claim above this cost from the critical-illness carve-out, outside the alliance&apos;s budget (大病、高额费用单列).</source>
        <translation>单次住院费用超过此金额的部分由基金单列支付，不占医共体总额预算（大病、高额费用单列）。</translation>
    </message>
    <message>
        <source>Bed-day payment for recovery at a township centre</source>
        <translation>乡镇卫生院康复按床日付费标准</translation>
    </message>
    <message>
        <source>Yuan per bed-day paid for the recovery days of county-hospital patients referred down to a township centre (按床日付费).</source>
        <translation>县级医院下转到乡镇卫生院康复的患者，每床日支付的金额（按床日付费）。</translation>
    </message>
    <message>
        <source>Queue carried over</source>
        <translation>排队结转比例</translation>
    </message>
    <message>
        <source>Share of last month&apos;s queue carried into this month; 0: patients expect the queue at which this month&apos;s demand and capacity settle.</source>
        <translation>上月排队延续到本月的比例；0：患者预期的是本月需求与服务能力平衡时的排队。</translation>
    </message>
    <message>
        <source>Range of the avoided admissions</source>
        <translation>避免住院比例的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share of avoidable admissions prevented.</source>
        <translation>可避免住院中被避免比例的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Range of the capitation incentive</source>
        <translation>按人头付费激励的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the incentive capitation gives.</source>
        <translation>按人头付费所产生激励的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Range of the shorter stays</source>
        <translation>住院日缩短幅度的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the fall in length of stay.</source>
        <translation>平均住院日下降幅度的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Range of the cheaper admissions</source>
        <translation>次均住院费用下降幅度的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the fall in cost per admission.</source>
        <translation>次均住院费用下降幅度的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Range of the referrals up</source>
        <translation>上转比例的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share referred up through the alliance.</source>
        <translation>经医共体上转比例的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Range of the referrals down</source>
        <translation>下转比例的不确定范围</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the share referred down for recovery.</source>
        <translation>下转康复比例的不确定范围（相对半宽）。</translation>
    </message>
    <message>
        <source>Yearly growth of outpatient prices</source>
        <translation>次均门诊费用年增长率</translation>
    </message>
    <message>
        <source>Cost per outpatient visit grows by this share each calendar year (patients choose on prices relative to this growth).</source>
        <translation>次均门诊费用每个自然年按此比例增长（患者按相对于这一增长的价格选择）。</translation>
    </message>
    <message>
        <source>Yearly growth of inpatient prices</source>
        <translation>次均住院费用年增长率</translation>
    </message>
    <message>
        <source>Cost per admission grows by this share each calendar year.</source>
        <translation>次均住院费用每个自然年按此比例增长。</translation>
    </message>
    <message>
        <source>Yearly growth of visits per person</source>
        <translation>人均门诊人次年增长率</translation>
    </message>
    <message>
        <source>Outpatient visits per person grow by this share each calendar year.</source>
        <translation>人均门诊人次每个自然年按此比例增长。</translation>
    </message>
    <message>
        <source>Yearly growth of admissions per person</source>
        <translation>人均住院率年增长率</translation>
    </message>
    <message>
        <source>Admissions per person grow by this share each calendar year.</source>
        <translation>人均住院人次每个自然年按此比例增长。</translation>
    </message>
    <message>
        <source>Bed occupancy at capacity</source>
        <translation>满负荷病床使用率</translation>
    </message>
    <message>
        <source>Share of bed-days a facility fills before admissions start to queue (病床使用率).</source>
        <translation>机构实际占用床日达到此比例后，入院开始排队（病床使用率）。</translation>
    </message>
    <message>
        <source>Ward time of a GP</source>
        <translation>全科医生病房工作时间占比</translation>
    </message>
    <message>
        <source>Share of a general practitioner&apos;s time on the wards (the rest: outpatients).</source>
        <translation>全科医生用于病房的工作时间比例（其余用于门诊）。</translation>
    </message>
    <message>
        <source>Ward time of a specialist</source>
        <translation>专科医生病房工作时间占比</translation>
    </message>
    <message>
        <source>Share of a specialist&apos;s time on the wards (the rest: outpatients).</source>
        <translation>专科医生用于病房的工作时间比例（其余用于门诊）。</translation>
    </message>
    <message>
        <source>Ward time of a nurse</source>
        <translation>护士病房工作时间占比</translation>
    </message>
    <message>
        <source>Share of a nurse&apos;s time on the wards (the rest: outpatients).</source>
        <translation>护士用于病房的工作时间比例（其余用于门诊）。</translation>
    </message>
    <message>
        <source>Ward time of public-health staff</source>
        <translation>公共卫生人员病房工作时间占比</translation>
    </message>
    <message>
        <source>Share of a public-health worker&apos;s time on the wards (the rest: outpatient and chronic-disease follow-up).</source>
        <translation>公共卫生人员用于病房的工作时间比例（其余用于门诊和慢病随访）。</translation>
    </message>
    <message>
        <source>Spread of admission costs</source>
        <translation>住院费用离散程度</translation>
    </message>
    <message>
        <source>Coefficient of variation of one admission&apos;s cost around its line&apos;s average (lognormal); sets how much lies above the high-cost threshold.</source>
        <translation>单次住院费用相对于该服务类别均值的变异系数（对数正态分布），决定超过高额费用起付线的部分有多大。</translation>
    </message>
    <message>
        <source>Effective reimbursement scale</source>
        <translation>实际报销系数</translation>
    </message>
    <message>
        <source>Multiplies what the fund pays per episode under the reimbursement schedule (patients pay the rest); fitted by calibration when the claims-to-revenue ratio is stated, otherwise 1.</source>
        <translation>按报销政策计算的基金每人次支付乘以此系数（其余由患者负担）；填报了基金支出收入比时由校准拟合，否则为1。</translation>
    </message>
    <message>
        <source>Stated claims-to-revenue ratio</source>
        <translation>填报的基金支出收入比</translation>
    </message>
    <message>
        <source>The fund&apos;s spending on residents&apos; care over its revenue in the first year (基金支出/收入); 0: not stated.</source>
        <translation>第一年基金用于参保居民医疗的支出与基金收入之比（基金支出/收入）；0表示未填报。</translation>
    </message>
    <message>
        <source>Weight of facility size</source>
        <translation>机构规模权重</translation>
    </message>
    <message>
        <source>Utility per unit of the logarithm of an in-county facility&apos;s size: its outpatient staff for visits, its beds for admissions. 1: twice the size draws twice the patients, other things equal.</source>
        <translation>县域内机构规模（门诊按本院人员数，住院按床位数）取对数后每单位的效用。1表示其他条件相同时，规模翻倍吸引的患者也翻倍。</translation>
    </message>
    <message>
        <source>Avoidable admissions prevented</source>
        <translation>可避免住院的减少比例</translation>
    </message>
    <message>
        <source>Share of signed residents&apos; avoidable (ambulatory-care-sensitive) admissions the alliance&apos;s health management prevents at full incentive; the avoided admissions become chronic-care visits at village clinics and township centres.</source>
        <translation>在激励充分时，医共体健康管理可避免的签约居民可避免住院（门诊敏感疾病住院）的比例；被避免的住院转为村卫生室和乡镇卫生院的慢病门诊。</translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>按人头付费的激励</translation>
    </message>
    <message>
        <source>What capitation for signed residents alone gives the family-doctor teams of a yuan of care avoided (the global budget adds its own incentive).</source>
        <translation>仅实行签约居民按人头付费时，家庭医生团队每节省1元医疗费用可得的部分（总额预算另有激励）。</translation>
    </message>
    <message>
        <source>Response ramp-up</source>
        <translation>行为响应的爬坡期</translation>
    </message>
    <message>
        <source>Months over which providers&apos; response grows to its full size after a global budget, DRG points or capitation start.</source>
        <translation>总额预算、DRG点数法或按人头付费实施后，医疗机构行为响应达到充分所需的月数。</translation>
    </message>
    <message>
        <source>Shorter stays under DRG or a budget</source>
        <translation>DRG或总额预算下住院日缩短</translation>
    </message>
    <message>
        <source>Share by which the township centres&apos; and county hospitals&apos; length of stay falls under DRG points or a global budget, at full response.</source>
        <translation>在DRG点数法或总额预算下，响应充分时乡镇卫生院和县级医院平均住院日下降的比例。</translation>
    </message>
    <message>
        <source>Cheaper admissions under DRG or a budget</source>
        <translation>DRG或总额预算下次均住院费用下降</translation>
    </message>
    <message>
        <source>Share by which the cost per admission at township centres and county hospitals falls under DRG points or a global budget, at full response.</source>
        <translation>在DRG点数法或总额预算下，响应充分时乡镇卫生院和县级医院次均住院费用下降的比例。</translation>
    </message>
    <message>
        <source>Visits per avoided admission</source>
        <translation>每例避免住院替代的门诊人次</translation>
    </message>
    <message>
        <source>Chronic-care visits at village clinics and township centres that replace one avoided admission.</source>
        <translation>替代一例被避免住院的村卫生室和乡镇卫生院慢病门诊人次。</translation>
    </message>
    <message>
        <source>Referred up through the alliance</source>
        <translation>经医共体上转比例</translation>
    </message>
    <message>
        <source>Share of admissions beyond what the home township centre treats that the alliance refers up (to the county hospital or, with a referral that keeps its reimbursement, out of the county), once the budget is shared and the response has ramped up.</source>
        <translation>实行医共体总额预算且响应充分后，本乡镇卫生院不能收治的住院中由医共体上转（转往县级医院，或经转诊保留报销待遇转往县外）的比例。</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>下转康复比例</translation>
    </message>
    <message>
        <source>Share of county-hospital admissions whose recovery days move to the home township centre&apos;s beds, once the budget is shared and the response has ramped up.</source>
        <translation>实行医共体总额预算且响应充分后，县级医院住院患者中康复期转到本乡镇卫生院病床的比例。</translation>
    </message>
    <message>
        <source>Recovery part of a stay</source>
        <translation>住院中康复期所占比例</translation>
    </message>
    <message>
        <source>Share of a county-hospital stay that is recovery or rehabilitation and can move to a township bed.</source>
        <translation>县级医院住院日中属于恢复期或康复、可转到乡镇卫生院病床的比例。</translation>
    </message>
    <message>
        <source>Recovery part of the cost</source>
        <translation>康复期费用所占比例</translation>
    </message>
    <message>
        <source>Share of a county-hospital admission&apos;s cost spent in its recovery days (acute care costs most).</source>
        <translation>县级医院单次住院费用中发生在康复期的比例（急性期费用最高）。</translation>
    </message>
    <message>
        <source>CountyCare DESIGN.md default (editable assumption)</source>
        <translation>CountyCare 设计文档默认值（可修改的假设）</translation>
    </message>
    <message>
        <source>NHSA/MOF/STA notice on 2024 resident medical insurance: fiscal subsidy +30 to 670 yuan, personal premium +20 to 400 yuan per person</source>
        <translation>国家医保局、财政部、税务总局关于做好 2024 年城乡居民基本医疗保障工作的通知：人均财政补助提高 30 元至 670 元，个人缴费提高 20 元至 400 元</translation>
    </message>
    <message>
        <source>Typical county resident inpatient schedule (DESIGN.md): THC 100/90%, CH 300/80%, city 600/65%, province 1,000/50%</source>
        <translation>典型县域城乡居民住院报销政策（设计文档）：乡镇卫生院起付线 100 元、报销 90%，县级医院 300 元、80%，市级医院 600 元、65%，省级医院 1,000 元、50%</translation>
    </message>
    <message>
        <source>Resident general-outpatient pooling (门诊统筹): about 50% at grassroots, less higher up (NHSA guidance 2021); per-visit deductibles stand in for the annual deductible and cap, set so that fee-for-service payments roughly match revenue (editable assumption)</source>
        <translation>城乡居民普通门诊统筹：基层报销约 50%，层级越高比例越低（国家医保局 2021 年指导意见）；以每次就诊的起付线近似年度起付线和封顶线，取值使按项目付费的支出与收入大致相当（可修改的假设）</translation>
    </message>
    <message>
        <source>Assumption: published rural-China discrete-choice estimates of the same coefficient differ by roughly a third between studies and samples, so +/-30% of the prior</source>
        <translation>假设：已发表的中国农村就医选择研究中，同一系数在不同研究和样本间相差约三分之一，因此取先验值的 ±30%</translation>
    </message>
    <message>
        <source>NHC statistical bulletin 2023: 6.8 outpatient visits per person nationally vs the rural default 6.0 (about 12%); admission rate about 21% vs 20%, so +/-10%</source>
        <translation>国家卫生健康委 2023 年统计公报：全国人均就诊 6.8 次，农村默认值为 6.0 次（相差约 12%）；住院率约 21%，默认值为 20%，因此取 ±10%</translation>
    </message>
    <message>
        <source>Ningbo Yinzhou county alliances (public reports 2020-2021): budget = last year&apos;s actual spending on the alliance&apos;s insured residents x (1 + growth), resident insurance 5% a year, employee insurance 10%; two months of prepayment advanced as a turnover fund</source>
        <translation>宁波市鄞州区医共体（2020-2021 年公开报道）：预算 = 上年医共体参保居民实际支出 ×（1 + 增长率），城乡居民医保每年 5%，职工医保 10%；预拨两个月的预付款作为周转金</translation>
    </message>
    <message>
        <source>NHC statistical bulletins 2019 and 2023: hospital outpatient visit 290.8 -&gt; 361.6 yuan (+5.6% a year), admission 9,848 -&gt; 10,316 yuan (+1.2%); visits 8.72 -&gt; 9.55 billion (+2.3%), admissions 266.0 -&gt; 301.9 million (+3.2%), population nearly unchanged</source>
        <translation>国家卫生健康委 2019 年和 2023 年统计公报：医院次均门诊费用 290.8 元 → 361.6 元（年均 +5.6%），人均住院费用 9,848 元 → 10,316 元（+1.2%）；诊疗人次 87.2 亿 → 95.5 亿（+2.3%），住院人次 2.660 亿 → 3.019 亿（+3.2%），人口基本不变</translation>
    </message>
    <message>
        <source>Assumption: share of a staff member&apos;s working time spent on the wards of a facility with beds (the rest in outpatient clinics and public health); facilities without beds use all time for outpatients</source>
        <translation>假设：有床位机构中人员在病房工作的时间比例（其余用于门诊和公共卫生）；没有床位的机构全部时间用于门诊</translation>
    </message>
    <message>
        <source>Assumption: the evidence behind each response default spans about half to one and a half times it (see the parameter&apos;s own source), so +/-50%</source>
        <translation>假设：各项反应默认值所依据的证据大致在默认值的一半到一倍半之间（见该参数自己的来源），因此取 ±50%</translation>
    </message>
    <message>
        <source>Tight county alliance global-budget practice (总额预算、结余留用、超支分担), NHC/NHSA 2023 guidance on tight county alliances</source>
        <translation>紧密型县域医共体总额付费实践（总额预算、结余留用、超支分担），国家卫生健康委、国家医保局等 2023 年关于全面推进紧密型县域医共体建设的指导意见</translation>
    </message>
    <message>
        <source>National resident enrolment stays above 95% (NHSA statistical bulletins 2020-2023)</source>
        <translation>全国基本医保参保率稳定在 95% 以上（国家医保局 2020-2023 年统计公报）</translation>
    </message>
    <message>
        <source>NHSA/MOF/STA notices: 2023 640 + 380 = 1,020 yuan, 2024 670 + 400 = 1,070 yuan per insured (+4.9%)</source>
        <translation>国家医保局、财政部、税务总局通知：2023 年人均筹资 640 + 380 = 1,020 元，2024 年 670 + 400 = 1,070 元（+4.9%）</translation>
    </message>
    <message>
        <source>Common provincial rule: 10-20 points lower without referral (editable assumption)</source>
        <translation>各省常见规定：未经转诊报销比例降低 10-20 个百分点（可修改的假设）</translation>
    </message>
    <message>
        <source>Assumption: about three times the average admission cost of 10,316 yuan (NHC 2023); critical-illness insurance thresholds are set at about 50% of per-capita disposable income (NHSA/MOF 2019)</source>
        <translation>假设：约为人均住院费用 10,316 元（国家卫生健康委 2023 年）的三倍；大病保险起付线约为人均可支配收入的 50%（国家医保局、财政部 2019 年）</translation>
    </message>
    <message>
        <source>NHSA DRG/DIP payment reform three-year plan 2021-2024</source>
        <translation>国家医保局 DRG/DIP 支付方式改革三年行动计划（2021-2024 年）</translation>
    </message>
    <message>
        <source>The fund&apos;s share of an average county-hospital admission, 100 points at RW 1.0: (6,425 - 300 deductible) x 0.85 in scope x 0.80 = 4,165 yuan (DESIGN.md costs and schedule)</source>
        <translation>县级医院一例平均住院中基金支付的部分，相对权重 1.0 为 100 点：(6,425 − 起付线 300) × 政策范围内 0.85 × 报销 0.80 = 4,165 元（设计文档中的费用和报销政策）</translation>
    </message>
    <message>
        <source>DESIGN.md: points = 100 x RW x coefficient</source>
        <translation>设计文档：点数 = 100 × 相对权重 × 医院系数</translation>
    </message>
    <message>
        <source>Family-doctor contract services guidance (NHC 2022)</source>
        <translation>家庭医生签约服务指导意见（国家卫生健康委 2022 年）</translation>
    </message>
    <message>
        <source>National family-doctor signing rate about 45% (NHC 2022 statistics)</source>
        <translation>全国家庭医生签约率约 45%（国家卫生健康委 2022 年统计）</translation>
    </message>
    <message>
        <source>Assumption below the township centres&apos; average cost per bed-day (2,083 yuan / 6.7 days = about 310 yuan, NHC 2022-2023) for the lighter care of recovery</source>
        <translation>假设：康复阶段护理较轻，取值低于乡镇卫生院平均每床日费用（2,083 元 ÷ 6.7 天 ≈ 310 元，国家卫生健康委 2022-2023 年）</translation>
    </message>
    <message>
        <source>Rural-China discrete-choice priors (DESIGN.md)</source>
        <translation>中国农村就医选择研究的先验值（设计文档）</translation>
    </message>
    <message>
        <source>DESIGN.md: straight line x 1.4</source>
        <translation>设计文档：直线距离 × 1.4</translation>
    </message>
    <message>
        <source>DESIGN.md: 30 km/h</source>
        <translation>设计文档：每小时 30 公里</translation>
    </message>
    <message>
        <source>DESIGN.md candidate set</source>
        <translation>设计文档中的候选机构集合</translation>
    </message>
    <message>
        <source>WHO WISN user&apos;s manual 2010; DESIGN.md 1,760 h</source>
        <translation>世界卫生组织 WISN 用户手册（2010 年）；设计文档 1,760 小时</translation>
    </message>
    <message>
        <source>A healthy resident fund holds 6-9 months of payments (NHSA guidance)</source>
        <translation>运行健康的城乡居民医保基金累计结余可支付 6-9 个月（国家医保局指导意见）</translation>
    </message>
    <message>
        <source>Typical pre-reform value (DESIGN.md)</source>
        <translation>改革前的典型值（设计文档）</translation>
    </message>
    <message>
        <source>CountyCare engine (Model 2): the expected queue settles each month, so no carry-over is needed to damp month-to-month swings; editable</source>
        <translation>CountyCare 计算引擎（第二版模型）：预期排队每月达到平衡，不需要延续上月排队来抑制逐月波动；可修改</translation>
    </message>
    <message>
        <source>200 draws put the 5% and 95% quantiles within about 2 percentiles (assumption)</source>
        <translation>200 次抽样可使 5% 和 95% 分位数的误差在约 2 个百分位以内（假设）</translation>
    </message>
    <message>
        <source>One full-time post (DESIGN.md)</source>
        <translation>一个全职岗位（设计文档）</translation>
    </message>
    <message>
        <source>NHC 2023 guidance on county doctors serving at the grassroots: postings of 6+ months</source>
        <translation>国家卫生健康委 2023 年关于县级医院医生下沉基层的指导意见：派驻 6 个月以上</translation>
    </message>
    <message>
        <source>Issue 5 default: at least 5 posts (editable assumption)</source>
        <translation>默认值：至少 5 个岗位（可修改的假设）</translation>
    </message>
    <message>
        <source>State Council General Office 2018 No. 3: 2-3 qualified GPs per 10,000 residents by 2020, 5 by 2030</source>
        <translation>国务院办公厅 2018 年 3 号文：到 2020 年每万名居民有 2-3 名合格的全科医生，到 2030 年达到 5 名</translation>
    </message>
    <message>
        <source>MOHRSS/NHC 2021 No. 51 on health professional titles: at least one year of grassroots service before the associate senior title</source>
        <translation>人力资源社会保障部、国家卫生健康委 2021 年 51 号文（卫生专业技术人员职称制度改革）：晋升副高级职称前须在基层服务至少一年</translation>
    </message>
    <message>
        <source>Editable assumption: county-hospital pay in a mountain county (same as the demo roster)</source>
        <translation>可修改的假设：山区县县级医院的薪酬水平（与示范县人员名册一致）</translation>
    </message>
    <message>
        <source>NHC statistical bulletin 2023: public hospitals&apos; bed occupancy 86.0% (all hospitals 79.4%)</source>
        <translation>国家卫生健康委 2023 年统计公报：公立医院病床使用率 86.0%（全部医院 79.4%）</translation>
    </message>
    <message>
        <source>Assumption: hospital admission costs are right-skewed, coefficient of variation about 1-1.5</source>
        <translation>假设：住院费用呈右偏分布，变异系数约为 1-1.5</translation>
    </message>
    <message>
        <source>Calibrated (1 = the schedule as written)</source>
        <translation>由校准得出（1 = 按报销政策原样）</translation>
    </message>
    <message>
        <source>The county&apos;s fund accounts (0 = not used)</source>
        <translation>本县医保基金决算（0 = 不使用）</translation>
    </message>
    <message>
        <source>Size term of destination-choice models (Ben-Akiva and Lerman 1985, ch. 9: coefficient of log size near 1); editable assumption</source>
        <translation>目的地选择模型中的规模项（Ben-Akiva 和 Lerman 1985 年著作第 9 章：规模对数的系数接近 1）；可修改的假设</translation>
    </message>
    <message>
        <source>Assumption within the range of evidence that better primary care avoids 10-40% of ambulatory-care-sensitive admissions (Rosano et al., Eur J Public Health 2013, systematic review)</source>
        <translation>假设：取值在现有证据范围内，即加强基层医疗可避免 10%-40% 的门诊可管理疾病住院（Rosano 等，《欧洲公共卫生杂志》2013 年系统综述）</translation>
    </message>
    <message>
        <source>Assumption: capitation covers the teams&apos; outpatient care, a fraction of what a global budget covers</source>
        <translation>假设：按人头付费只覆盖团队的门诊服务，仅为总额预算覆盖范围的一部分</translation>
    </message>
    <message>
        <source>Assumption: pilot counties report effects building over the first one to three years</source>
        <translation>假设：试点县报告效果在头一到三年内逐步显现</translation>
    </message>
    <message>
        <source>Assumption within the 5-15% falls in average length of stay reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022)</source>
        <translation>假设：取值在 DRG/DIP 试点城市报告的平均住院日下降 5%-15% 范围内（国家医保局 2021-2022 年试点报告）</translation>
    </message>
    <message>
        <source>Assumption within the 5-10% falls in cost per admission reported by DRG/DIP pilot cities (NHSA pilot reports 2021-2022); NHC 2023: hospital cost per admission -5.0%</source>
        <translation>假设：取值在 DRG/DIP 试点城市报告的次均住院费用下降 5%-10% 范围内（国家医保局 2021-2022 年试点报告）；国家卫生健康委 2023 年：医院次均住院费用下降 5.0%</translation>
    </message>
    <message>
        <source>Optional; the size of supplier-induced demand is disputed, so the default is none</source>
        <translation>选填；供方诱导需求的大小尚有争议，因此默认没有</translation>
    </message>
    <message>
        <source>National Basic Public Health Service Standards (3rd ed., 2017): at least four follow-ups a year for hypertension and type 2 diabetes</source>
        <translation>《国家基本公共卫生服务规范（第三版）》（2017 年）：高血压和 2 型糖尿病患者每年至少随访 4 次</translation>
    </message>
    <message>
        <source>Assumption: Huidong county&apos;s three alliances referred 1,726 patients up and 754 down in 11 months of 2018, about 1% of the admissions beyond the township centres; mature alliances report more</source>
        <translation>假设：惠东县三个医共体 2018 年 11 个月内上转病人 1,726 例、下转 754 例，约占乡镇卫生院以上住院病例的 1%；成熟的医共体报告的比例更高</translation>
    </message>
    <message>
        <source>Assumption: Huidong&apos;s 754 down-referrals in 11 months of 2018 were about 1% of its county-hospital admissions; mature alliances report more</source>
        <translation>假设：惠东县 2018 年 11 个月内下转 754 例，约占县级医院住院病例的 1%；成熟的医共体报告的比例更高</translation>
    </message>
    <message>
        <source>Assumption: the post-acute part of a stay for the conditions most often stepped down (strokes, fractures, surgery); township wards take recovery and rehabilitation days, not acute ones</source>
        <translation>假设：最常下转的病种（脑卒中、骨折、术后）住院中的急性期后部分；乡镇卫生院病房承接恢复期和康复期住院日，而非急性期</translation>
    </message>
    <message>
        <source>Assumption: an admission&apos;s cost falls mostly in its first, acute days (surgery, imaging, drugs), so the recovery days carry much less than their share of the days</source>
        <translation>假设：一次住院的费用主要发生在最初的急性期（手术、影像检查、药品），恢复期住院日承担的费用远低于其所占天数比例</translation>
    </message>
    <message>
        <source>Calendar year of the first simulated month.</source>
        <translation>模拟起始月所在的公历年份。</translation>
    </message>
    <message>
        <source>Calendar month (1-12) of the first simulated month.</source>
        <translation>模拟起始月所在的公历月份（1-12）。</translation>
    </message>
    <message>
        <source>Accumulated balance of the county resident insurance fund at the start of the first simulated month (累计结余).</source>
        <translation>模拟起始月月初本县城乡居民医保基金的累计结余。</translation>
    </message>
    <message>
        <source>Induced admissions without a global budget</source>
        <translation>未实行总额预算时的诱导住院</translation>
    </message>
    <message>
        <source>Extra admissions providers generate when paid per item or per case (fee-for-service, or DRG without a global budget: supplier-induced demand); they disappear under a global budget. 0: none.</source>
        <translation>按项目或按病例付费（按项目付费，或未实行总额预算的 DRG 付费）时医疗机构诱导产生的额外住院（供方诱导需求），实行总额预算后消失。0 表示没有。</translation>
    </message>
    <message>
        <source>Utility bonus of a facility inside the county (preference for in-county care).</source>
        <translation>县内医疗机构在患者就医选择中获得的效用加成（县域内就医偏好）。</translation>
    </message>
    <message>
        <source>Utility bonus of the home grassroots facility for signed residents (family-doctor loyalty).</source>
        <translation>签约居民选择本人签约的基层医疗机构时获得的效用加成（家庭医生忠诚度）。</translation>
    </message>
    <message>
        <source>Utility loss per unit of excess load (congestion aversion).</source>
        <translation>医疗机构每超出一个单位负荷，患者效用的降低量（拥挤规避度）。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the preference for in-county care: 0.3 draws it between 70% and 130% of its value.</source>
        <translation>县域内就医偏好不确定性范围的相对半宽：0.3 表示在其取值的 70% 至 130% 之间抽样。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the family-doctor loyalty.</source>
        <translation>家庭医生忠诚度不确定性范围的相对半宽。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the congestion aversion.</source>
        <translation>拥挤规避度不确定性范围的相对半宽。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the cost sensitivity (every service line moves together).</source>
        <translation>费用敏感度不确定性范围的相对半宽（各服务类别同步变动）。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the travel-time sensitivity (every service line moves together).</source>
        <translation>出行时间敏感度不确定性范围的相对半宽（各服务类别同步变动）。</translation>
    </message>
    <message>
        <source>Relative half-width of the uncertainty range of the quality preference (every service line moves together).</source>
        <translation>质量偏好不确定性范围的相对半宽（各服务类别同步变动）。</translation>
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
    <message>
        <source>%1 lies outside the county boundary: it was placed, but an in-county facility outside the county is probably misplaced. Move it, or Undo.</source>
        <translation>%1 位于县界之外：已放置，但县域内医疗机构位于县外多半是放错了位置。请移动它，或撤销。</translation>
    </message>
    <message>
        <source>%1 lies outside the county boundary: it was placed, but its residents count as the county&apos;s. Move it, or Undo.</source>
        <translation>%1 位于县界之外：已放置，但其居民仍计入本县人口。请移动它，或撤销。</translation>
    </message>
</context>
<context>
    <name>cc::PlannerDialog</name>
    <message>
        <source>Posting Planner</source>
        <translation>派驻规划</translation>
    </message>
    <message>
        <source>Proposes postings of alliance doctors (county hires) to township centres, one at a time, each the one that raises the in-county treatment rate over the horizon most in the simulation of scenario &lt;b&gt;%1&lt;/b&gt;, while obeying the staffing rules and keeping each doctor&apos;s county hospital at or above its WISN staffing need.</source>
        <translation>逐一提出将医共体医生（县招乡用）派驻到乡镇卫生院的建议，每次选择在方案 &lt;b&gt;%1&lt;/b&gt; 的模拟中使模拟期内县域就诊率提升最多的派驻，同时遵守人员配备规则，并使每名医生所在县医院的人员不低于其 WISN 所需人员。</translation>
    </message>
    <message>
        <source>&amp;Proposals:</source>
        <translation>建议数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>F&amp;TE:</source>
        <translation>全职当量(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;General practitioners</source>
        <translation>全科医生(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Specialists</source>
        <translation>专科医生(&amp;S)</translation>
    </message>
    <message>
        <source>Include &amp;junior titles</source>
        <translation>包括初级职称(&amp;j)</translation>
    </message>
    <message>
        <source>Provincial practice posts doctors of intermediate title and above.</source>
        <translation>本省做法是派驻中级及以上职称的医生。</translation>
    </message>
    <message>
        <source>Doctors:</source>
        <translation>医生：</translation>
    </message>
    <message>
        <source>Only in this scenario</source>
        <translation>仅限本方案</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>全职当量</translation>
    </message>
    <message>
        <source>Gain (pp)</source>
        <translation>提升（百分点）</translation>
    </message>
    <message>
        <source>In-county rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>Accept &amp;Checked</source>
        <translation>接受勾选项(&amp;C)</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>全部接受(&amp;A)</translation>
    </message>
    <message>
        <source>Simulating candidate postings...</source>
        <translation>正在模拟候选派驻...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>In-county rate over the horizon %1% before; %n proposal(s) found after %2 simulated trials (%3 rejected for the rules, %4 for leaving a county hospital short). Gains are each proposal&apos;s own, given the ones above it.</source>
        <translation>
            <numerusform>模拟期内县域就诊率原为 %1%；经 %2 次模拟试算，找到 %n 条建议（%3 条因违反规则被否决，%4 条因导致县医院人员不足被否决）。每条建议的提升是在其上方各条建议已采纳的前提下单独计算的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n planned posting(s)</source>
        <translation>
            <numerusform>接受 %n 条规划派驻</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::Planning</name>
    <message>
        <source>In-county treatment rate</source>
        <translation>县域内就诊率</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident (fall)</source>
        <translation>人均自付费用（降低额）</translation>
    </message>
    <message>
        <source>Fund balance at the year end</source>
        <translation>年末医保基金结余</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a stroke centre</source>
        <translation>卒中中心黄金救治时间覆盖人口</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a chest-pain centre</source>
        <translation>胸痛中心黄金救治时间覆盖人口</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a trauma centre</source>
        <translation>创伤中心黄金救治时间覆盖人口</translation>
    </message>
    <message>
        <source>Residents within the golden hour of a critical maternal care centre</source>
        <translation>危重孕产妇救治中心黄金救治时间覆盖人口</translation>
    </message>
</context>
<context>
    <name>cc::PolicyChanges</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Initial policy</source>
        <translation>初始政策</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>cc::PolicyEdits</name>
    <message>
        <source>The scenario %1 does not exist.</source>
        <translation>方案 %1 不存在。</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has no policy change number %2.</source>
        <translation>方案“%1”中没有第 %2 项政策调整。</translation>
    </message>
    <message>
        <source>A policy change already takes effect in that month.</source>
        <translation>该月份已有一项政策调整生效。</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>复制方案“%1”</translation>
    </message>
    <message>
        <source>A scenario name must not start or end with spaces.</source>
        <translation>方案名称的开头和结尾不能有空格。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; marks the baseline scenario; choose another name.</source>
        <translation>名称“%1”为基线方案专用，请另选名称。</translation>
    </message>
    <message>
        <source>The baseline scenario cannot be deleted.</source>
        <translation>基线方案不能删除。</translation>
    </message>
    <message>
        <source>The policy in effect from the first month sets every parameter; it has nothing to inherit.</source>
        <translation>首月起执行的政策设定了全部参数，没有可沿用的上一项调整。</translation>
    </message>
    <message>
        <source>This policy change does not set &quot;%1&quot;.</source>
        <translation>本项政策调整没有设定“%1”。</translation>
    </message>
    <message>
        <source>The policy in effect from the first simulated month cannot be removed.</source>
        <translation>自模拟起始月执行的政策不能删除。</translation>
    </message>
    <message>
        <source>The first policy always takes effect from the first simulated month.</source>
        <translation>第一项政策始终自模拟起始月起执行。</translation>
    </message>
    <message>
        <source>A policy change takes effect from %1 to %2.</source>
        <translation>政策调整的生效月份须在 %1 至 %2 之间。</translation>
    </message>
</context>
<context>
    <name>cc::PolicyPanel</name>
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
        <source>Add Policy Change</source>
        <translation>添加政策调整</translation>
    </message>
    <message>
        <source>Edits hold until a later change</source>
        <translation>修改沿用至后续调整另行设定</translation>
    </message>
    <message>
        <source>Edits hold from this month on</source>
        <translation>修改自本月起一直执行</translation>
    </message>
    <message>
        <source>Edits hold only in this change</source>
        <translation>修改仅限本项调整</translation>
    </message>
    <message>
        <source>The value holds from this change until a later change that sets the same parameter.</source>
        <translation>该数值自本项调整起执行，直至后续某项调整另行设定同一参数。</translation>
    </message>
    <message>
        <source>The value holds to the end of the horizon: later changes stop setting this parameter.</source>
        <translation>该数值一直执行到预测期末：后续调整不再设定此参数。</translation>
    </message>
    <message>
        <source>The value holds only until the next change; from then on the parameter keeps the value it had before.</source>
        <translation>该数值只执行到下一项调整；此后该参数恢复为修改前的数值。</translation>
    </message>
    <message>
        <source>What an edited value means for the months after this change</source>
        <translation>修改后的数值对本项调整之后各月的效力</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>沿用上项</translation>
    </message>
    <message>
        <source>set here</source>
        <translation>本项设定</translation>
    </message>
    <message>
        <source>Set in the %1 change</source>
        <translation>在%1的调整中设定</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>沿用%1</translation>
    </message>
    <message>
        <source>Inherited from the %1 change</source>
        <translation>沿用%1调整的设定</translation>
    </message>
    <message>
        <source>Clear: take the value of the %1 change</source>
        <translation>清除：改为沿用%1调整的数值</translation>
    </message>
    <message>
        <source>Month from which the change takes effect:</source>
        <translation>调整生效的起始月份：</translation>
    </message>
    <message>
        <source>Remove this policy change (the first one stays)</source>
        <translation>删除这项政策调整（第一项政策保留）</translation>
    </message>
    <message>
        <source>Find a parameter (name, key or source)</source>
        <translation>查找参数（名称、键名或来源）</translation>
    </message>
    <message>
        <source>Shows only the parameters whose name, storage key or source contains the text (Ctrl+F). Enter goes to the first one.</source>
        <translation>只显示名称、存储键名或来源中含有该文字的参数（Ctrl+F）。按回车跳到第一个。</translation>
    </message>
    <message>
        <source>Open all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Show the parameters of every group</source>
        <translation>显示所有分组的参数</translation>
    </message>
    <message>
        <source>Close all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Show only the group headings</source>
        <translation>只显示分组标题</translation>
    </message>
    <message>
        <source>No parameter matches.</source>
        <translation>没有匹配的参数。</translation>
    </message>
    <message numerus="yes">
        <source>%n set in this change</source>
        <translation>
            <numerusform>本次调整设定 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::PolicyTimeline</name>
    <message>
        <source>Policy schedule timeline</source>
        <translation>政策时间表时间轴</translation>
    </message>
    <message>
        <source>The policy in effect from the start of the horizon.</source>
        <translation>自模拟期开始起生效的政策。</translation>
    </message>
    <message>
        <source>No parameter differs from the previous policy.</source>
        <translation>与上一项政策相比，没有参数变化。</translation>
    </message>
    <message>
        <source>Drag to move the change to another month.</source>
        <translation>拖动可将此调整移到其他月份。</translation>
    </message>
    <message>
        <source>No scenario</source>
        <translation>无方案</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自%1起</translation>
    </message>
</context>
<context>
    <name>cc::PostingDialog</name>
    <message>
        <source>Edit Posting</source>
        <translation>编辑派驻</translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation>新建派驻</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 派驻至 %2</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>派驻：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>Share of full time: 0.2 is one day a week (a specialist&apos;s weekly clinic), 1.0 a full-time rotation.</source>
        <translation>全职比例：0.2 为每周一天（专科医生每周坐诊一次），1.0 为全职轮岗。</translation>
    </message>
    <message>
        <source>&amp;FTE:</source>
        <translation>全职当量(&amp;F)：</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>所有方案</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Shorter than %1 months: not counted as a grassroots posting.</source>
        <translation>短于 %1 个月：不计为基层派驻。</translation>
    </message>
</context>
<context>
    <name>cc::ProjectDiff</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>修改 %n 项</numerusform>
        </translation>
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
        <source>Title: &quot;%1&quot; -&gt; &quot;%2&quot;</source>
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
    <message>
        <source>Telemedicine links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>投资项目</translation>
    </message>
    <message>
        <source>Investment catalogue and care centres changed</source>
        <translation>投资项目目录和专病中心已更改</translation>
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
    <name>cc::ProjectRules</name>
    <message>
        <source>Staff member %1 (%2) is posted at %3 FTE in %4 of scenario &quot;%5&quot; (limit %6).</source>
        <translation>人员 %1（%2）在方案“%5”的%4派驻合计 %3 FTE（上限 %6）。</translation>
    </message>
    <message>
        <source>the position (%1, %2) is %3 km outside the county (more than %4 km): check the coordinates.</source>
        <translation>位置 (%1, %2) 距本县 %3 公里（超过 %4 公里）：请检查坐标。</translation>
    </message>
    <message>
        <source>the position (%1, %2) is %3 km from the county (more than %4 km for an out-of-county hospital): check the coordinates.</source>
        <translation>位置 (%1, %2) 距本县 %3 公里（县外医院超过 %4 公里）：请检查坐标。</translation>
    </message>
    <message>
        <source>Settlement %1 (%2): %3</source>
        <translation>居民点 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Facility %1 (%2): %3</source>
        <translation>医疗机构 %1（%2）：%3</translation>
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
        <source>%1: &quot;%2&quot; is not a number.</source>
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
        <source>Staff needed / posted (FTE)</source>
        <translation>所需/派驻人员（全职当量）</translation>
    </message>
    <message>
        <source>Retained surplus, whole horizon (yuan)</source>
        <translation>模拟期累计结余留用（元）</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s), %1 yuan a year</source>
        <translation>
            <numerusform>%n 项协作，每年 %1 元</numerusform>
        </translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>每千人年住院人次</translation>
    </message>
    <message>
        <source>Average length of stay (days)</source>
        <translation>平均住院日（天）</translation>
    </message>
    <message>
        <source>Avoided admissions per month</source>
        <translation>每月避免的住院人次</translation>
    </message>
    <message>
        <source>Referrals up / down per month</source>
        <translation>每月上转 / 下转人次</translation>
    </message>
    <message>
        <source>Avoided admissions, whole horizon</source>
        <translation>避免的住院人次（整个模拟期）</translation>
    </message>
    <message>
        <source>Referrals up, whole horizon</source>
        <translation>上转人次（整个模拟期）</translation>
    </message>
    <message>
        <source>Referrals down, whole horizon</source>
        <translation>下转人次（整个模拟期）</translation>
    </message>
    <message>
        <source>County doctors posted for at least the minimum term per 10,000 residents</source>
        <translation>每万居民派驻基层达到最短期限的县级医生数</translation>
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
    <name>cc::RosterModel</name>
    <message>
        <source>Alliance (county hire)</source>
        <translation>医共体（县招乡用）</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) short</source>
        <translation>
            <numerusform>还差 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready (%1 months)</source>
        <translation>已满足（%1 个月）</translation>
    </message>
    <message>
        <source>Grassroots service counted for promotion to associate chief physician: recorded months plus FTE-weighted months posted at grassroots facilities.</source>
        <translation>晋升副主任医师所计基层服务时间：已记录月数加上在基层医疗机构派驻的按全职当量折算月数。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Grassroots months</source>
        <translation>基层服务月数</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>Annual pay (yuan)</source>
        <translation>年薪（元）</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioComparison</name>
    <message>
        <source>%1, whole horizon</source>
        <translation>%1（整个模拟期）</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioComparisonView</name>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>%1 wan</source>
        <translation>%1 万</translation>
    </message>
    <message>
        <source>Choose Scenario &gt; Compare With... to compare two scenarios.</source>
        <translation>选择“方案 &gt; 对比...”以对比两个方案。</translation>
    </message>
    <message>
        <source>No results to compare yet.</source>
        <translation>暂无可对比的结果。</translation>
    </message>
    <message>
        <source>End of the horizon (%1-%2), whole county. Difference: %3 minus %4.</source>
        <translation>模拟期末（%1-%2），全县。差值：%3 减 %4。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 (compared)</source>
        <translation>%1（对比）</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
</context>
<context>
    <name>cc::ScenarioManager</name>
    <message>
        <source>&amp;New Scenario...</source>
        <translation>新建方案(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a scenario with the baseline&apos;s policy schedule</source>
        <translation>添加一个采用基线方案政策时间表的方案</translation>
    </message>
    <message>
        <source>&amp;Duplicate Scenario...</source>
        <translation>复制方案(&amp;D)...</translation>
    </message>
    <message>
        <source>Re&amp;name Scenario...</source>
        <translation>重命名方案(&amp;N)...</translation>
    </message>
    <message>
        <source>Rename the shown scenario</source>
        <translation>重命名当前方案</translation>
    </message>
    <message>
        <source>De&amp;lete Scenario...</source>
        <translation>删除方案(&amp;L)...</translation>
    </message>
    <message>
        <source>Delete the shown scenario and its own postings (the baseline cannot be deleted)</source>
        <translation>删除当前方案及其专属派驻（基线方案不能删除）</translation>
    </message>
    <message>
        <source>&amp;Compare With...</source>
        <translation>对比(&amp;C)...</translation>
    </message>
    <message>
        <source>Overlay a second scenario on every chart (dashed) and show the end-of-horizon indicators side by side</source>
        <translation>在每张图表上叠加第二个方案（虚线），并并列显示模拟期末指标</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>停止对比(&amp;S)</translation>
    </message>
    <message>
        <source>Show the shown scenario alone</source>
        <translation>仅显示当前方案</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>The scenario the map, the policy panel and the charts show</source>
        <translation>地图、政策面板和图表所显示的方案</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>对比方案：</translation>
    </message>
    <message>
        <source>A second scenario drawn dashed on every chart</source>
        <translation>在每张图表上以虚线绘制的第二个方案</translation>
    </message>
    <message>
        <source>Policy Schedule</source>
        <translation>政策时间表</translation>
    </message>
    <message>
        <source>Scenario Comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose Scenario &gt; Compare With... to compare two scenarios.</source>
        <translation>选择“方案 &gt; 对比...”以对比两个方案。</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>正在模拟 %1...</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts with the baseline&apos;s policy schedule):</source>
        <translation>新方案名称（初始采用基线方案的政策时间表）：</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>“%1”副本的名称：</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>The baseline scenario cannot be deleted.</source>
        <translation>基线方案不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario &quot;%1&quot;, its policy schedule and its %n own posting(s)? Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>删除方案“%1”、其政策时间表及其 %n 项专属派驻吗？可通过“编辑 &gt; 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Scenario to compare with &quot;%1&quot; (drawn dashed):</source>
        <translation>与“%1”对比的方案（以虚线绘制）：</translation>
    </message>
    <message>
        <source>Copy the shown scenario: its policy schedule and its own staff postings, telemedicine links and investments</source>
        <translation>复制当前方案：其政策时间表以及本方案自有的人员派驻、远程医疗协作和投资项目</translation>
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
        <translation>
            <numerusform>移动 %n 个地点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n map items</source>
        <translation>
            <numerusform>删除 %n 个地图要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::StaffDialog</name>
    <message>
        <source>Edit Staff Member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add Staff Member</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职称(&amp;T)：</translation>
    </message>
    <message>
        <source>Alliance (county hire)</source>
        <translation>医共体（县招乡用）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>用人单位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Works at:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Grassroots service:</source>
        <translation>基层服务(&amp;G)：</translation>
    </message>
    <message>
        <source>title default</source>
        <translation>按职称默认</translation>
    </message>
    <message>
        <source>Annual &amp;pay (yuan):</source>
        <translation>年薪(&amp;P)（元）：</translation>
    </message>
</context>
<context>
    <name>cc::StaffingActions</name>
    <message>
        <source>Staffing</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <source>&amp;Staffing Board</source>
        <translation>人员配置面板(&amp;S)</translation>
    </message>
    <message>
        <source>Show the staffing board: roster, postings, need vs posted, rules</source>
        <translation>显示人员配置面板：人员名册、派驻、需求与派驻对比、规则</translation>
    </message>
    <message>
        <source>Staff &amp;Roster</source>
        <translation>人员名册(&amp;R)</translation>
    </message>
    <message>
        <source>The staff roster: add, edit, remove, import from CSV</source>
        <translation>人员名册：添加、编辑、删除、从 CSV 导入</translation>
    </message>
    <message>
        <source>&amp;Postings Timeline</source>
        <translation>派驻时间轴(&amp;P)</translation>
    </message>
    <message>
        <source>Postings of staff to facilities by month, with rule violations</source>
        <translation>按月显示人员派驻到各医疗机构的情况及违反规则之处</translation>
    </message>
    <message>
        <source>Staffing &amp;Need vs Posted</source>
        <translation>人员需求与派驻对比(&amp;N)</translation>
    </message>
    <message>
        <source>WISN: FTE needed from the simulated workload against FTE posted</source>
        <translation>WISN：根据模拟工作量所需的全职当量与已派驻全职当量对比</translation>
    </message>
    <message>
        <source>Plan &amp;Postings...</source>
        <translation>规划派驻(&amp;P)...</translation>
    </message>
    <message>
        <source>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</source>
        <translation>提出将医共体医生派驻到乡镇卫生院的建议方案，以最大程度提高县域就诊率</translation>
    </message>
</context>
<context>
    <name>cc::StaffingBoard</name>
    <message>
        <source>&amp;Roster</source>
        <translation>人员名册(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>派驻(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Need vs Posted</source>
        <translation>需求与派驻对比(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>规则(&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; (double-click to go to the cause)</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;（双击可跳转到原因）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Search name, facility, title...</source>
        <translation>搜索姓名、医疗机构、职称...</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有岗位</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>Edit the selected staff member</source>
        <translation>编辑所选人员</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected staff members and their postings</source>
        <translation>删除所选人员及其派驻</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>导入 CSV(&amp;I)...</translation>
    </message>
    <message>
        <source>Add staff from a CSV file (UTF-8 or GB18030)</source>
        <translation>从 CSV 文件添加人员（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>Drag staff onto a facility row of the Postings tab to post them.</source>
        <translation>将人员拖到“派驻”选项卡中的医疗机构行上即可派驻。</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; GP &amp;nbsp; &lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; specialist &amp;nbsp; &lt;span style=&apos;color:#8e5aa8&apos;&gt;■&lt;/span&gt; nurse &amp;nbsp; &lt;span style=&apos;color:#d0851c&apos;&gt;■&lt;/span&gt; public health &amp;nbsp; faint = part time &amp;nbsp; &lt;span style=&apos;color:#e67e22&apos;&gt;▨&lt;/span&gt; warning &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;▨&lt;/span&gt; refused</source>
        <translation>&lt;span style=&apos;color:#2e8b57&apos;&gt;■&lt;/span&gt; 全科医生 &amp;nbsp; &lt;span style=&apos;color:#2f6db5&apos;&gt;■&lt;/span&gt; 专科医生 &amp;nbsp; &lt;span style=&apos;color:#8e5aa8&apos;&gt;■&lt;/span&gt; 护士 &amp;nbsp; &lt;span style=&apos;color:#d0851c&apos;&gt;■&lt;/span&gt; 公共卫生 &amp;nbsp; 浅色 = 非全职 &amp;nbsp; &lt;span style=&apos;color:#e67e22&apos;&gt;▨&lt;/span&gt; 警告 &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;▨&lt;/span&gt; 拒绝</translation>
    </message>
    <message>
        <source>&amp;Plan Postings...</source>
        <translation>规划派驻(&amp;P)...</translation>
    </message>
    <message>
        <source>Propose postings of alliance doctors to township centres that raise the in-county treatment rate most</source>
        <translation>提出将医共体医生派驻到乡镇卫生院的建议方案，以最大程度提高县域就诊率</translation>
    </message>
    <message>
        <source>Drag a staff member onto a facility row to post them there.</source>
        <translation>将人员拖到医疗机构行上即可派驻到该机构。</translation>
    </message>
    <message>
        <source>Staffing rules of this project. &lt;i&gt;Refuse&lt;/i&gt; stops an edit that breaks the rule; &lt;i&gt;Warn&lt;/i&gt; lets it through and lists it under Problems.</source>
        <translation>本项目的人员配置规则。&lt;i&gt;拒绝&lt;/i&gt;：阻止违反规则的编辑；&lt;i&gt;警告&lt;/i&gt;：允许编辑，并将其列在“问题”中。</translation>
    </message>
    <message>
        <source>Staffing Rules</source>
        <translation>人员配置规则</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pay assumed when a person&apos;s own pay is not entered&lt;/b&gt;</source>
        <translation>&lt;b&gt;未填写个人薪酬时采用的薪酬&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <source>%1 Warning: %2</source>
        <translation>%1 警告：%2</translation>
    </message>
    <message>
        <source>Posted %1 to %2.</source>
        <translation>已将 %1 派驻至 %2。</translation>
    </message>
    <message>
        <source>Posting changed.</source>
        <translation>派驻已修改。</translation>
    </message>
    <message>
        <source>Posting removed.</source>
        <translation>派驻已删除。</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>已添加人员。</translation>
    </message>
    <message>
        <source>Staff member changed.</source>
        <translation>人员信息已修改。</translation>
    </message>
    <message>
        <source>Staff member removed.</source>
        <translation>已删除人员。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n staff members</source>
        <translation>
            <numerusform>删除 %n 名人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Staff</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>No staff could be read.</source>
        <translation>未能读取任何人员。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n staff members from the file?</source>
        <translation>
            <numerusform>从文件中添加 %n 名人员吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows skipped:</source>
        <translation>
            <numerusform>跳过了 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>导入人员</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n staff members.</source>
        <translation>
            <numerusform>已导入 %n 名人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out the month scale (Ctrl + mouse wheel)</source>
        <translation>缩小月份刻度（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom in the month scale (Ctrl + mouse wheel)</source>
        <translation>放大月份刻度（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <source>Whole &amp;Horizon</source>
        <translation>整个模拟期(&amp;H)</translation>
    </message>
    <message>
        <source>Fit every month of the horizon into the view</source>
        <translation>缩放月份刻度，使模拟期的全部月份都显示在视图内</translation>
    </message>
    <message>
        <source>Scenario &lt;b&gt;%1&lt;/b&gt;: %2 staff, %3 postings. County doctors posted %10+ months: &lt;b&gt;%4&lt;/b&gt; per 10,000 residents on average (peak %5). Alliance staff pool: %6 people, pay &lt;b&gt;%7 million yuan&lt;/b&gt; a year. Problems: %8 refused, %9 warnings.</source>
        <translation>方案 &lt;b&gt;%1&lt;/b&gt;：%2 名人员，%3 项派驻。派驻基层 %10 个月以上的县级医生：平均每万居民 &lt;b&gt;%4&lt;/b&gt; 名（峰值 %5）。医共体人员池：%6 人，年薪酬 &lt;b&gt;%7 百万元&lt;/b&gt;。问题：%8 项拒绝，%9 项警告。</translation>
    </message>
</context>
<context>
    <name>cc::StartPage</name>
    <message>
        <source>Welcome to CountyCare Planner</source>
        <translation>欢迎使用 CountyCare Planner</translation>
    </message>
    <message>
        <source>CountyCare Planner logo</source>
        <translation>CountyCare Planner 标志</translation>
    </message>
    <message>
        <source>&lt;h1&gt;CountyCare Planner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;CountyCare 县域医共体规划&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan a tight county health alliance (紧密型县域医共体): draw the county&apos;s villages, clinics, health centres and hospitals on a map, post county doctors to township health centres (县招乡用), and set the insurance payment policy: reimbursement ratios, global budget with surplus retention (结余留用), DRG points and capitation.&lt;/p&gt;&lt;p&gt;Every change is simulated month by month: where residents get treated (the in-county treatment rate, 县域就诊率), staffing needs, and the insurance fund. Compare scenarios, explain any number and present them in workshop mode.&lt;/p&gt;&lt;p&gt;New here? Open the demo county and follow the guided tour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;规划紧密型县域医共体：在地图上绘制全县的村、村卫生室、乡镇卫生院和医院，将县级医生派驻到乡镇卫生院（县招乡用），并设置医保支付政策：报销比例、结余留用的总额预算、按病组(DRG)点数法付费和按人头付费。&lt;/p&gt;&lt;p&gt;每项改动都按月进行模拟：居民在哪里就诊（县域就诊率）、人员需求以及医保基金。可以比较方案、解释任意数字，并在研讨会模式下进行演示。&lt;/p&gt;&lt;p&gt;初次使用？请打开示例县并跟随引导教程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;Demo County</source>
        <translation>打开示例县(&amp;D)</translation>
    </message>
    <message>
        <source>Open Qingshan County, a fictional county with real-world proportions, to explore the planner</source>
        <translation>打开青山县（一个按真实比例构建的虚构县）来体验本规划工具</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>新建一个空项目</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>打开项目(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近的项目(&amp;R)：</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 键打开</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>（无最近项目）</translation>
    </message>
    <message>
        <source>Open &amp;Selected</source>
        <translation>打开所选项目(&amp;S)</translation>
    </message>
    <message>
        <source>Open the selected recent project</source>
        <translation>打开所选的最近项目</translation>
    </message>
    <message>
        <source>Open a project file (.ccplan or .gpkg)</source>
        <translation>打开项目文件（.ccplan 或 .gpkg）</translation>
    </message>
</context>
<context>
    <name>cc::TimelineView</name>
    <message>
        <source>No postings in this scenario. Drag a staff member from the roster onto a facility row to post them.</source>
        <translation>此方案中没有派驻。将人员从花名册拖到医疗机构行上即可派驻。</translation>
    </message>
    <message>
        <source>&amp;Edit Posting...</source>
        <translation>编辑派驻(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Remove Posting</source>
        <translation>移除派驻(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2&lt;br&gt;%3 to %4, FTE %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 派驻于 %2&lt;br&gt;%3 至 %4，全职当量 %5</translation>
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
        <source>The facility&apos;s capability refers to service line %1, which does not exist.</source>
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
        <source>The staff member&apos;s employer %1 does not exist.</source>
        <translation>人员的聘用单位 %1 不存在。</translation>
    </message>
    <message>
        <source>The staff member&apos;s home facility %1 does not exist.</source>
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
        <source>Another service line already has the code &quot;%1&quot;.</source>
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
        <source>Another scenario is already called &quot;%1&quot;.</source>
        <translation>已有其他方案名为“%1”。</translation>
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
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
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
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>The %1 holds the control or formatting character %2, which a name may not hold.</source>
        <translation>%1包含控制或格式字符 %2，名称中不允许出现此类字符。</translation>
    </message>
    <message>
        <source>The %1 holds the control or formatting character %2.</source>
        <translation>%1包含控制或格式字符 %2。</translation>
    </message>
    <message>
        <source>road name</source>
        <translation>道路名称</translation>
    </message>
    <message>
        <source>scenario description</source>
        <translation>方案说明</translation>
    </message>
    <message>
        <source>policy note</source>
        <translation>政策备注</translation>
    </message>
    <message>
        <source>county name</source>
        <translation>县名称</translation>
    </message>
    <message>
        <source>%1 %2 has an invalid id (ids run from 1 to %3).</source>
        <translation>%1 %2 的编号无效（编号范围为 1 到 %3）。</translation>
    </message>
    <message>
        <source>project title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <source>The link refers to facility %1, which does not exist.</source>
        <translation>该协作关系引用的机构 %1 不存在。</translation>
    </message>
    <message>
        <source>A telemedicine link starts at a county hospital.</source>
        <translation>远程医疗协作的提供方应为县级医院。</translation>
    </message>
    <message>
        <source>A telemedicine link ends at a township centre.</source>
        <translation>远程医疗协作的接受方应为乡镇卫生院。</translation>
    </message>
    <message>
        <source>Unknown kind of telemedicine link %1.</source>
        <translation>未知的远程医疗协作类型 %1。</translation>
    </message>
    <message>
        <source>A link&apos;s capability gain must be between 0 and 1 (got %1).</source>
        <translation>协作带来的能力提升应在0到1之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>A link&apos;s yearly cost must be between 0 and 1,000,000,000 yuan (got %1).</source>
        <translation>协作的年费用应在0到10亿元之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The link refers to scenario %1, which does not exist.</source>
        <translation>该协作关系引用的方案 %1 不存在。</translation>
    </message>
    <message>
        <source>Days in bed per admission must be between 0 and 365 (got %1).</source>
        <translation>每次住院的住院日应在0到365天之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Only an outpatient line can take the chronic-care visits that replace avoided admissions.</source>
        <translation>只有门诊服务类别才能承接替代被避免住院的慢病门诊。</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; already takes the chronic-care visits that replace avoided admissions.</source>
        <translation>服务类别“%1”已承接替代被避免住院的慢病门诊。</translation>
    </message>
    <message>
        <source>The avoidable share of admissions must be between 0 and 1 (got %1).</source>
        <translation>可避免住院的比例应在0到1之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>Telemedicine link</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>The first policy of a scenario&apos;s schedule must set every parameter.</source>
        <translation>方案政策安排的第一项政策必须设定全部参数。</translation>
    </message>
    <message>
        <source>A posting must start in the first simulated month or later and end after it starts (got %1 to %2).</source>
        <translation>派驻必须从模拟起始月或之后开始，且结束月份晚于开始月份（当前为 %1 至 %2）。</translation>
    </message>
    <message>
        <source>A link must start in the first simulated month or later and end after it starts (got %1 to %2).</source>
        <translation>远程医疗协作必须从模拟起始月或之后开始，且结束月份晚于开始月份（当前为 %1 至 %2）。</translation>
    </message>
    <message>
        <source>A scenario&apos;s policy schedule must start in the first simulated month.</source>
        <translation>方案的政策安排必须从模拟起始月开始。</translation>
    </message>
    <message>
        <source>A policy change must take effect between %1 and %2.</source>
        <translation>政策调整的生效月份必须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>Two policy changes take effect in the same month, or out of order (%1).</source>
        <translation>有两项政策调整在同一月份生效，或顺序颠倒（%1）。</translation>
    </message>
    <message>
        <source>A scenario key has at most 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (&quot;%1&quot;).</source>
        <translation>方案键名最多 64 个字符，只能包含字母、数字、“_”、“.”或“-”（“%1”）。</translation>
    </message>
    <message>
        <source>Another scenario already has the key &quot;%1&quot;.</source>
        <translation>已有另一个方案使用键名“%1”。</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资项目</translation>
    </message>
</context>
<context>
    <name>cc::Workbook</name>
    <message>
        <source>the workbook cannot be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is refused</source>
        <translation>工作表名称“%1”不可用</translation>
    </message>
    <message>
        <source>Monthly - %1</source>
        <translation>月度指标-%1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>sum over the horizon</source>
        <translation>全期合计</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>期末月份</translation>
    </message>
    <message>
        <source>End of the horizon (%1), whole county. Difference: %2 minus %3; for shares in percentage points.</source>
        <translation>模拟期末（%1），全县。差值 = %2 减 %3；比例类指标以百分点计。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>生效月份</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Source of the default</source>
        <translation>默认值来源</translation>
    </message>
    <message>
        <source>(all scenarios)</source>
        <translation>（所有方案）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Home facility</source>
        <translation>所在机构</translation>
    </message>
    <message>
        <source>Grassroots service (months)</source>
        <translation>基层服务（月）</translation>
    </message>
    <message>
        <source>Annual salary (yuan)</source>
        <translation>年薪（元）</translation>
    </message>
    <message>
        <source>Alliance (county hire)</source>
        <translation>医共体（县招乡用）</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>派驻</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Posted to</source>
        <translation>派驻机构</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>全职当量</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>所有方案</translation>
    </message>
    <message>
        <source>The project has no scenario %1.</source>
        <translation>项目中没有编号为 %1 的方案。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>DRG revenue - %1</source>
        <translation>DRG 收入 - %1</translation>
    </message>
    <message>
        <source>Month index</source>
        <translation>月序号</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 (yuan)</source>
        <translation>%1（元）</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>County hospital</source>
        <translation>县医院</translation>
    </message>
    <message>
        <source>Township centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capability gain</source>
        <translation>能力提升</translation>
    </message>
    <message>
        <source>Yearly cost (yuan)</source>
        <translation>年费用（元）</translation>
    </message>
</context>
<context>
    <name>cc::WorkshopMode</name>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>研讨会模式(&amp;W)</translation>
    </message>
    <message>
        <source>Workshop mode (F11): full screen, big levers and an animated timeline for a room</source>
        <translation>研讨会模式（F11）：全屏、大号调节杆和动画时间轴，适合会议室演示</translation>
    </message>
    <message>
        <source>Present the plan to a room: full screen, large text, the key levers and a month-by-month animation</source>
        <translation>向会场演示规划：全屏、大号文字、关键调节杆和逐月动画</translation>
    </message>
    <message>
        <source>Workshop mode hides the editing docks, enlarges text and chart lines, and shows the key payment levers, Play/Pause/Step through the months and a Before/After switch between the baseline and the selected scenario. F11 or Esc leaves it.</source>
        <translation>研讨会模式会隐藏编辑停靠窗口，放大文字和图表线条，并显示关键支付政策调节杆、按月播放/暂停/单步，以及在基线方案和所选方案之间切换的前后对比开关。按 F11 或 Esc 退出。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Switch the charts between the baseline (before) and the selected scenario (after)</source>
        <translation>在基线方案（调整前）和所选方案（调整后）之间切换图表</translation>
    </message>
    <message>
        <source>Before/After: needs a second scenario</source>
        <translation>前后对比：需要第二个方案</translation>
    </message>
    <message>
        <source>Showing BEFORE: %1 (after: %2)</source>
        <translation>正在显示调整前：%1（调整后：%2）</translation>
    </message>
    <message>
        <source>Showing AFTER: %1 (before: %2)</source>
        <translation>正在显示调整后：%1（调整前：%2）</translation>
    </message>
</context>
<context>
    <name>cc::analysis::Calibration</name>
    <message>
        <source>In-county treatment rate (县域就诊率)</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>In-county inpatient share (县域内住院人次占比)</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>Grassroots share of visits (基层诊疗量占比)</source>
        <translation>基层诊疗量占比</translation>
    </message>
    <message>
        <source>Fund claims to revenue (基金支出/收入)</source>
        <translation>基金支出与收入之比</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type a percentage such as 85, or leave the field empty when the county does not state it.</source>
        <translation>%1：“%2”不是数字。请填写百分数，例如 85；本县没有这项数字时请留空。</translation>
    </message>
    <message>
        <source>%1 must be more than 0% and at most 200% (you typed %2).</source>
        <translation>%1 必须大于 0% 且不超过 200%（您填写的是 %2）。</translation>
    </message>
    <message>
        <source>%1 must be more than 0% and less than 100% (you typed %2).</source>
        <translation>%1 必须大于 0% 且小于 100%（您填写的是 %2）。</translation>
    </message>
    <message>
        <source>%1 of %2 is far too low for a county. Type percentages: 85 for 85%, not 0.85.</source>
        <translation>%1 为 %2，对一个县来说过低。请填写百分数：85% 填 85，而不是 0.85。</translation>
    </message>
    <message>
        <source>%1: its starting shares give the %2 level a part of this care, but no %2 in the project can provide it in the first year, so the model decides that part. Check the facilities&apos; capabilities and beds, or the starting shares.</source>
        <translation>%1：起始占比中有一部分由%2承担，但项目中没有任何%2在第一年能提供该服务，这部分由模型自行测算。请检查机构的服务能力和床位，或该服务的起始占比。</translation>
    </message>
    <message>
        <source>%1 of %2 cannot be reached in the county as the project describes it: the closest the model comes is %3. Check the figure, and whether facilities, roads or reimbursement rules are missing.</source>
        <translation>%1要达到 %2，在项目所描述的县情下做不到：模型最接近的结果是 %3。请核对这个数字，并检查是否缺少医疗机构、道路或报销规定。</translation>
    </message>
    <message>
        <source>A claims-to-revenue ratio of %1 would need the fund to pay less than a fifth or more than twice what its reimbursement rules say. Check the figure against the fund&apos;s accounts.</source>
        <translation>基金支出与收入之比要达到 %1，基金实际支付需低于报销政策规定的五分之一或高于两倍。请对照医保基金决算核对这个数字。</translation>
    </message>
    <message>
        <source>Detail from the model: %1</source>
        <translation>模型提示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the model reaches %2 against the stated %3 after %n round(s). The stated figures may not fit together (for example a high in-county rate with a low in-county inpatient share).</source>
        <translation>
            <numerusform>%1：经过 %n 轮计算，模型结果为 %2，填报值为 %3。填报的几项数字可能相互矛盾（例如县域就诊率很高而县域内住院人次占比很低）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysis::Levers</name>
    <message>
        <source>Admissions per person per year</source>
        <translation>每人每年住院次数</translation>
    </message>
    <message>
        <source>Outpatient visits per person per year</source>
        <translation>每人每年门诊人次</translation>
    </message>
    <message>
        <source>In-county treatment rate, last 12 months</source>
        <translation>县域就诊率（最近 12 个月）</translation>
    </message>
    <message>
        <source>In-county inpatient share, last 12 months</source>
        <translation>县域内住院人次占比（最近 12 个月）</translation>
    </message>
    <message>
        <source>Grassroots share, last 12 months</source>
        <translation>基层诊疗量占比（最近 12 个月）</translation>
    </message>
    <message>
        <source>Fund balance at the end of the horizon</source>
        <translation>模拟期末基金结余</translation>
    </message>
    <message>
        <source>Years with a fund deficit</source>
        <translation>基金出现赤字的年数</translation>
    </message>
    <message>
        <source>Out-of-pocket per resident, last 12 months</source>
        <translation>人均自付费用（最近 12 个月）</translation>
    </message>
    <message>
        <source>Cost sensitivity, inpatient</source>
        <translation>费用敏感度，住院</translation>
    </message>
    <message>
        <source>Travel-time sensitivity, inpatient</source>
        <translation>出行时间敏感度，住院</translation>
    </message>
    <message>
        <source>Quality preference, inpatient</source>
        <translation>质量偏好，住院</translation>
    </message>
    <message>
        <source>Cost sensitivity, outpatient</source>
        <translation>费用敏感度，门诊</translation>
    </message>
    <message>
        <source>Travel-time sensitivity, outpatient</source>
        <translation>出行时间敏感度，门诊</translation>
    </message>
    <message>
        <source>Quality preference, outpatient</source>
        <translation>质量偏好，门诊</translation>
    </message>
</context>
<context>
    <name>cc::analysis::MonteCarlo</name>
    <message>
        <source>Outpatient visits per person</source>
        <translation>每人门诊人次</translation>
    </message>
    <message>
        <source>Admissions per person</source>
        <translation>每人住院次数</translation>
    </message>
    <message>
        <source>Avoidable admissions prevented</source>
        <translation>可避免住院的减少比例</translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>按人头付费的激励</translation>
    </message>
    <message>
        <source>Shorter stays under DRG or a budget</source>
        <translation>DRG或总额预算下住院日缩短</translation>
    </message>
    <message>
        <source>Cheaper admissions under DRG or a budget</source>
        <translation>DRG或总额预算下次均住院费用下降</translation>
    </message>
    <message>
        <source>Referred up through the alliance</source>
        <translation>经医共体上转比例</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>下转康复比例</translation>
    </message>
    <message>
        <source>Preference for in-county care</source>
        <translation>县域内就医偏好</translation>
    </message>
    <message>
        <source>Family-doctor loyalty</source>
        <translation>家庭医生忠诚度</translation>
    </message>
    <message>
        <source>Congestion aversion</source>
        <translation>拥挤规避度</translation>
    </message>
    <message>
        <source>Cost sensitivity (every service line)</source>
        <translation>费用敏感度（所有服务类别）</translation>
    </message>
    <message>
        <source>Travel-time sensitivity (every service line)</source>
        <translation>出行时间敏感度（所有服务类别）</translation>
    </message>
    <message>
        <source>Quality preference (every service line)</source>
        <translation>质量偏好（所有服务类别）</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::Bands</name>
    <message numerus="yes">
        <source>Insurance fund balance: uncertainty (%n draw(s))</source>
        <translation>
            <numerusform>医保基金结余：不确定性（%n 次抽样）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In-county treatment rate: uncertainty (%n draw(s))</source>
        <translation>
            <numerusform>县域就诊率：不确定性（%n 次抽样）</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability of a fund deficit in at least one year %1-%2: %3</source>
        <translation>%1-%2 年间至少一年出现基金赤字的概率：%3</translation>
    </message>
    <message>
        <source>Fund balance (yuan)</source>
        <translation>基金结余（元）</translation>
    </message>
    <message>
        <source>In-county rate (%)</source>
        <translation>县域就诊率（%）</translation>
    </message>
    <message>
        <source>90% range (5-95%)</source>
        <translation>90% 区间（5-95%）</translation>
    </message>
    <message>
        <source>50% range (25-75%)</source>
        <translation>50% 区间（25-75%）</translation>
    </message>
    <message>
        <source>Median of the draws</source>
        <translation>抽样中位数</translation>
    </message>
    <message>
        <source>Project values</source>
        <translation>项目设定值</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::CalibrationDialog</name>
    <message>
        <source>National target for tight alliances: 90%.</source>
        <translation>紧密型医共体的国家目标：90%。</translation>
    </message>
    <message>
        <source>Pilot counties reached about 78% in 2020.</source>
        <translation>试点县 2020 年约为 78%。</translation>
    </message>
    <message>
        <source>Guidance aims at 55-65%.</source>
        <translation>政策目标为 55%-65%。</translation>
    </message>
    <message>
        <source>Optional: the fund&apos;s spending on residents&apos; care over its revenue in the first year.</source>
        <translation>选填：第一年基金用于居民医疗的支出与基金收入之比。</translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation>校准(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>取消计算(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>模型校准</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>In percent, e.g. 85 for 85%. Empty: the county does not state it and it is not fitted.</source>
        <translation>按百分数填写，例如 85% 填 85。留空：本县没有这项数字，不参与拟合。</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Fit the choice constants of every service line (and, where the claims ratio is stated, the effective reimbursement scale) to these figures. The project is not changed until you apply.</source>
        <translation>按这些数字拟合每个服务类别的选择常数（填报了基金支出与收入之比时，还拟合实际报销系数）。在您应用之前，项目不会改变。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>填报值</translation>
    </message>
    <message>
        <source>Modelled, first-year average</source>
        <translation>模拟值（首年平均）</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>差距（百分点）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The gap is modelled minus stated, in percentage points; a figure is met when the gap is under 0.05 points.</source>
        <translation>差距 = 模拟值 − 填报值，单位为百分点；差距小于 0.05 个百分点即为达到。</translation>
    </message>
    <message>
        <source>Calibrating: round %1...</source>
        <translation>正在校准：第 %1 轮……</translation>
    </message>
    <message>
        <source>Type the county&apos;s own figures for its first year. Calibration fits how strongly residents lean towards each level of care (the choice constants of every service line) until the baseline scenario&apos;s first-year averages match them; where the fund&apos;s claims ratio is stated it also fits how much of each bill the fund pays. Leave a field empty when the county does not state it.</source>
        <translation>请填写本县第一年的实际数字。校准会调整居民对各级医疗机构的倾向（每个服务类别的选择常数），直到基线方案的首年平均值与这些数字吻合；填报了基金支出与收入之比时，还会拟合基金对每笔费用实际支付的比例。本县没有的数字请留空。</translation>
    </message>
    <message>
        <source>Press Calibrate to fit the model to these figures. The project is not changed until you apply the result.</source>
        <translation>点击“校准”，按这些数字拟合模型。在您应用结果之前，项目不会改变。</translation>
    </message>
    <message>
        <source>Calibrating...</source>
        <translation>正在校准……</translation>
    </message>
    <message>
        <source>Canceled: nothing was changed. The table shows the previous run.</source>
        <translation>已取消：没有做任何改动。表中显示的是上一次的结果。</translation>
    </message>
    <message>
        <source>Canceled: nothing was changed.</source>
        <translation>已取消：没有做任何改动。</translation>
    </message>
    <message>
        <source>not fitted</source>
        <translation>不参与拟合</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>The model already meets every stated figure within %1 points: nothing needed fitting.</source>
        <translation>模型已满足每项填报数字，差距都在 %1 个百分点以内，无需再拟合。</translation>
    </message>
    <message numerus="yes">
        <source>Calibrated in %n round(s): every stated figure is met within %1 points.</source>
        <translation>
            <numerusform>经过 %n 轮完成校准：每项填报数字的差距都在 %1 个百分点以内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not every stated figure can be met (%n round(s)). Apply stores the nearest fit.</source>
        <translation>
            <numerusform>填报的数字无法全部达到（已计算 %n 轮）。应用将保存最接近的拟合结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fund pays %1 of what its reimbursement rules say (effective reimbursement scale).</source>
        <translation>基金实际支付为报销政策规定金额的 %1（实际报销系数）。</translation>
    </message>
    <message>
        <source>The project changed after this run: calibrate again before applying.</source>
        <translation>本次计算之后项目已有改动：请重新校准后再应用。</translation>
    </message>
    <message>
        <source>Applied to the project as one step (Edit &gt; Undo takes it back).</source>
        <translation>已作为一步操作应用到项目中（编辑 &gt; 撤销 可以撤回）。</translation>
    </message>
    <message>
        <source>Apply stores the figures, the fitted constants of every service line and the claims scale in the project.</source>
        <translation>应用将把这些数字、每个服务类别拟合出的常数和实际报销系数保存到项目中。</translation>
    </message>
    <message>
        <source>What could not be met:</source>
        <translation>未能达到的原因：</translation>
    </message>
    <message>
        <source>&amp;Apply Nearest Fit</source>
        <translation>应用最接近的结果(&amp;A)</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>Already applied.</source>
        <translation>已经应用。</translation>
    </message>
    <message>
        <source>The project or the figures changed after this run: calibrate again.</source>
        <translation>本次计算之后项目或数字已有改动：请重新校准。</translation>
    </message>
    <message>
        <source>Store the figures, the fitted constants and the claims scale in the project as one undo step.</source>
        <translation>把这些数字、拟合出的常数和实际报销系数作为一步可撤销的操作保存到项目中。</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::PlotSave</name>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>cc::analysisui::SensitivityDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Chart...</source>
        <translation>保存图表(&amp;S)...</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>The indicator whose change each bar shows (whole county, end of the horizon).</source>
        <translation>每个条形所表示变化的指标（全县，模拟期末）。</translation>
    </message>
    <message>
        <source>Each parameter is moved down and up by this share of its value, within its valid range; the others stay at the project&apos;s values.</source>
        <translation>每个参数在其有效范围内按其取值的该比例分别下调和上调；其他参数保持项目取值。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Project value</source>
        <translation>项目取值</translation>
    </message>
    <message>
        <source>Moved down to</source>
        <translation>下调至</translation>
    </message>
    <message>
        <source>Moved up to</source>
        <translation>上调至</translation>
    </message>
    <message>
        <source>Effect down</source>
        <translation>下调影响</translation>
    </message>
    <message>
        <source>Effect up</source>
        <translation>上调影响</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Move each parameter by:</source>
        <translation>每个参数的调整幅度(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose an indicator and press Run. Each key parameter is moved down and up in turn and the simulation is run again.</source>
        <translation>选择一个指标并点击“运行”。每个关键参数会依次下调和上调，并重新运行模拟。</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>正在运行...</translation>
    </message>
    <message>
        <source>Canceled: no results. The chart shows the previous run, if any.</source>
        <translation>已取消：无结果。图表显示上一次运行的结果（如有）。</translation>
    </message>
    <message>
        <source>%1: %2 with the project&apos;s values (scenario &quot;%3&quot;)</source>
        <translation>%1：项目取值下为 %2（方案“%3”）</translation>
    </message>
    <message>
        <source>Each bar: the change of the indicator when one parameter moves by %1, all else equal.</source>
        <translation>每个条形：在其他条件不变时，单个参数变动 %1 所引起的指标变化。</translation>
    </message>
    <message>
        <source>The %1 largest of %2 effects are drawn; the table lists all.</source>
        <translation>图中绘制了 %2 项影响中最大的 %1 项；表格列出全部影响。</translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s) at zero were not moved.</source>
        <translation>
            <numerusform>有 %n 个取值为零的参数未作调整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysisui::Tornado</name>
    <message>
        <source>Change in percentage points</source>
        <translation>变化（百分点）</translation>
    </message>
    <message>
        <source>Change in yuan</source>
        <translation>变化（元）</translation>
    </message>
    <message>
        <source>Change in years</source>
        <translation>变化（年）</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::analysisui::UncertaintyDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;Fund Chart...</source>
        <translation>保存基金图表(&amp;F)...</translation>
    </message>
    <message>
        <source>Save &amp;Rate Chart...</source>
        <translation>保存比率图表(&amp;R)...</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性分析</translation>
    </message>
    <message>
        <source>Uncertainty ranges (± share of the project value)</source>
        <translation>不确定性范围（项目取值的 ± 比例）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>&amp;Draws:</source>
        <translation>抽样次数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Draw %1 of %2...</source>
        <translation>第 %1 次抽样，共 %2 次...</translation>
    </message>
    <message>
        <source>Each draw runs the simulation with the choice coefficients and demand rates drawn within their ranges (Latin hypercube); the choice constants are refitted so every draw starts from the county&apos;s stated shares.</source>
        <translation>每次抽样都会在各自范围内抽取选择系数和需求率（拉丁超立方抽样）来运行模拟；选择常数会重新拟合，使每次抽样都从本县的现状占比出发。</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>正在运行...</translation>
    </message>
    <message>
        <source>Canceled: no bands. The charts show the previous run, if any.</source>
        <translation>已取消：无区间带。图表显示上一次运行的结果（如有）。</translation>
    </message>
    <message numerus="yes">
        <source>Scenario &quot;%1&quot;, %n draw(s). Dark band: half of the draws; light band: 90% of them.</source>
        <translation>
            <numerusform>方案“%1”，%n 次抽样。深色带：半数抽样结果；浅色带：90% 的抽样结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability that the fund runs a deficit in at least one year (%1-%2): %3 (%4 of %5 draws).</source>
        <translation>基金在至少一年（%1-%2）出现赤字的概率：%3（%5 次抽样中有 %4 次）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>By year: %1</source>
        <translation>按年份：%1</translation>
    </message>
    <message>
        <source>A deficit year: revenue minus payments and year-end settlements of that calendar year is negative.</source>
        <translation>赤字年份：该自然年度的收入减去支付和年终清算后为负。</translation>
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
    <message>
        <source>Out of date</source>
        <translation>结果已过时</translation>
    </message>
    <message>
        <source>These are the results of an earlier state of the project: %1</source>
        <translation>这是项目较早状态的测算结果：%1</translation>
    </message>
    <message>
        <source>Updating...</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>New results are being computed</source>
        <translation>正在计算新的测算结果</translation>
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
        <source>Rename project</source>
        <translation>重命名项目</translation>
    </message>
    <message>
        <source>%1 Change those postings first, or let the rule warn.</source>
        <translation>%1请先修改这些派驻，或将该规则设为“警告”。</translation>
    </message>
    <message>
        <source>telemedicine link</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>投资项目</translation>
    </message>
</context>
<context>
    <name>cc::edit::CalibrationEdits</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
    <message>
        <source>The calibration did not finish; there is nothing to apply.</source>
        <translation>校准没有完成，没有可应用的结果。</translation>
    </message>
    <message>
        <source>The service line &quot;%1&quot; was removed after the calibration ran. Calibrate again.</source>
        <translation>服务类别“%1”在校准之后已被删除。请重新校准。</translation>
    </message>
    <message>
        <source>Calibrate to the county&apos;s indicators</source>
        <translation>按本县指标校准模型</translation>
    </message>
</context>
<context>
    <name>cc::explain</name>
    <message>
        <source>In-county treatment rate</source>
        <translation>县域就诊率</translation>
    </message>
    <message>
        <source>In-county inpatient share</source>
        <translation>县域内住院人次占比</translation>
    </message>
    <message>
        <source>Grassroots share of outpatient visits</source>
        <translation>基层诊疗量占比（门诊）</translation>
    </message>
    <message>
        <source>Fund months of reserve</source>
        <translation>基金可支付月数</translation>
    </message>
    <message>
        <source>Fund balance</source>
        <translation>基金结余</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Month %1 is outside the simulated horizon (%2 months).</source>
        <translation>第 %1 个月超出了模拟期（%2 个月）。</translation>
    </message>
    <message>
        <source>There is no township %1 in the results.</source>
        <translation>结果中没有乡镇 %1。</translation>
    </message>
    <message>
        <source>Episodes treated inside the county (village clinics, township health centres and county hospitals, outpatient and inpatient) divided by all episodes of the residents, wherever treated, in the month.</source>
        <translation>当月在县域内（村卫生室、乡镇卫生院和县级医院，含门诊和住院）诊疗的人次除以居民在任何地方诊疗的全部人次。</translation>
    </message>
    <message>
        <source>In-county episodes</source>
        <translation>县域内诊疗人次</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>全部诊疗人次</translation>
    </message>
    <message>
        <source>of which %1</source>
        <translation>其中 %1</translation>
    </message>
    <message>
        <source>Admissions to hospitals and health centres inside the county divided by all admissions of the residents in the month.</source>
        <translation>当月县域内医院和卫生院的住院人次除以居民全部住院人次。</translation>
    </message>
    <message>
        <source>In-county admissions</source>
        <translation>县域内住院人次</translation>
    </message>
    <message>
        <source>All admissions</source>
        <translation>全部住院人次</translation>
    </message>
    <message>
        <source>Admissions at %1</source>
        <translation>%1 住院人次</translation>
    </message>
    <message>
        <source>Outpatient visits at village clinics and township health centres divided by all outpatient visits inside the county in the month.</source>
        <translation>当月村卫生室和乡镇卫生院的门诊人次除以县域内全部门诊人次。</translation>
    </message>
    <message>
        <source>Grassroots outpatient visits</source>
        <translation>基层门诊人次</translation>
    </message>
    <message>
        <source>In-county outpatient visits</source>
        <translation>县域内门诊人次</translation>
    </message>
    <message numerus="yes">
        <source>The fund&apos;s closing balance divided by its mean monthly outflow (payments and year-end settlements) over the last %n month(s).</source>
        <translation>
            <numerusform>基金期末结余除以最近 %n 个月的月均支出（支付和年终清算）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>期末结余</translation>
    </message>
    <message>
        <source>Mean monthly outflow</source>
        <translation>月均支出</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初结余</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Year-end settlement</source>
        <translation>年终清算</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>住院人次</translation>
    </message>
    <message>
        <source>Avoided admissions</source>
        <translation>避免的住院人次</translation>
    </message>
    <message>
        <source>Average length of stay</source>
        <translation>平均住院日</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Opening balance plus the month&apos;s premium and subsidy revenue, minus the payments to providers, any year-end settlement with the alliance and the turnover fund advanced to it (周转金; recovered at the settlement, a negative amount).</source>
        <translation>期初结余加上本月个人缴费和财政补助收入，减去支付给医疗机构的费用、与医共体的年终清算款，以及预拨给医共体的周转金（周转金；清算时收回，记为负数）。</translation>
    </message>
    <message>
        <source>Turnover fund advanced (+) or recovered (-)</source>
        <translation>周转金预拨（+）或收回（-）</translation>
    </message>
    <message>
        <source>The residents&apos; admissions in the month, wherever they are admitted: the inpatient demand (population x admission rate, grown over the years, plus any induced admissions) less the admissions the alliance&apos;s health management avoided. Referrals move admissions between levels and count once, where the patient is admitted.</source>
        <translation>本月居民的住院人次（不论在何处住院）：住院需求（人口 × 住院率，逐年增长，加上诱导住院）减去医共体健康管理所避免的住院。转诊只是在各级机构之间转移住院，每例只在患者住院的机构计一次。</translation>
    </message>
    <message>
        <source>Admissions per 1,000 residents a year</source>
        <translation>每千人年住院人次</translation>
    </message>
    <message>
        <source>Referred up</source>
        <translation>上转人次</translation>
    </message>
    <message>
        <source>Referred down for recovery</source>
        <translation>下转康复人次</translation>
    </message>
    <message>
        <source>Avoidable (ambulatory-care-sensitive) admissions of residents signed with a family doctor, times the share the alliance&apos;s health management prevents: the full-response share, times the alliance&apos;s incentive (what it keeps of a yuan of claims avoided under the global budget, plus capitation&apos;s), times the ramp-up since the reform began. The avoided admissions become chronic-care visits at village clinics and township centres.</source>
        <translation>家庭医生签约居民的可避免住院（门诊可控疾病住院），乘以医共体健康管理所能避免的比例：完全响应时的比例 × 医共体的激励（总额预算下每避免一元费用医共体留得的部分，加上按人头付费的激励）× 改革开始以来的爬坡进度。被避免的住院转为村卫生室和乡镇卫生院的慢病诊疗。</translation>
    </message>
    <message>
        <source>Avoided per 1,000 residents a year</source>
        <translation>每千人每年避免的住院人次</translation>
    </message>
    <message>
        <source>Bed-days of the month&apos;s admissions divided by the admissions. Under DRG points or a global budget township centres and county hospitals shorten stays; recovery days of patients referred down are spent in the home township centre&apos;s beds.</source>
        <translation>本月住院的床日数除以住院人次。在 DRG 点数法或总额预算下，乡镇卫生院和县医院缩短住院日；下转患者的康复期在本乡镇卫生院的床位上度过。</translation>
    </message>
    <message>
        <source>Bed-days of these admissions</source>
        <translation>这些住院的床日数</translation>
    </message>
    <message>
        <source>Bed occupancy (in-county beds)</source>
        <translation>病床使用率（县域内床位）</translation>
    </message>
    <message>
        <source>Family-doctor signing</source>
        <translation>家庭医生签约</translation>
    </message>
    <message numerus="yes">
        <source>Avoided admissions are among residents signed with a family doctor; capitation raises signing towards %1 over %n month(s). Taken out: signing stays where it started.</source>
        <translation>
            <numerusform>避免的住院发生在家庭医生签约居民中；按人头付费在 %n 个月内把签约率提高到 %1。去掉后：签约率保持在起始水平。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incentive of capitation</source>
        <translation>按人头付费的激励</translation>
    </message>
    <message>
        <source>Paid per signed resident (按人头付费), family-doctor teams keep %1 of a yuan of care their residents no longer need, so they work to keep them out of hospital.</source>
        <translation>按签约居民付费（按人头付费）时，居民少用一元医疗费用，家庭医生团队可留得 %1，因此会努力让居民少住院。</translation>
    </message>
    <message>
        <source>Incentive of the global budget</source>
        <translation>总额预算的激励</translation>
    </message>
    <message>
        <source>Under the global budget (结余留用、超支分担) the alliance keeps %1 of a surplus and bears %2 of an overrun: avoiding an admission pays. At full response its health management prevents %3 of signed residents&apos; avoidable admissions.</source>
        <translation>在总额预算下（结余留用、超支分担），医共体留用结余的 %1，承担超支的 %2：避免住院有利可图。完全响应时，其健康管理可避免签约居民 %3 的可避免住院。</translation>
    </message>
    <message>
        <source>Shorter stays</source>
        <translation>缩短住院日</translation>
    </message>
    <message>
        <source>Under DRG points or the global budget, township centres and county hospitals shorten stays by up to %1 and make admissions cheaper by up to %2.</source>
        <translation>在 DRG 点数法或总额预算下，乡镇卫生院和县医院最多将住院日缩短 %1，次均住院费用最多降低 %2。</translation>
    </message>
    <message>
        <source>Two-way referral</source>
        <translation>双向转诊</translation>
    </message>
    <message>
        <source>With one budget, the alliance refers up %1 of the admissions the home township centre cannot treat (keeping the referral reimbursement) and sends %2 of county-hospital patients home for recovery (%3 of the stay, paid per bed-day). Referral moves admissions between levels; each is counted once.</source>
        <translation>在统一预算下，医共体将本乡镇卫生院无法诊治的住院的 %1 上转（保留转诊报销比例），并将县医院 %2 的患者下转回乡镇康复（占住院日的 %3，按床日付费）。转诊在各级机构之间转移住院，每例只计一次。</translation>
    </message>
    <message>
        <source>Telemedicine links</source>
        <translation>远程医疗协作</translation>
    </message>
    <message>
        <source>Remote consultation and shared imaging, laboratory and ECG centres raise the linked township centres&apos; capability, so more residents are admitted there.</source>
        <translation>远程会诊及影像、检验、心电共享中心提升所连乡镇卫生院的服务能力，使更多居民在那里住院。</translation>
    </message>
    <message>
        <source>Induced admissions</source>
        <translation>诱导住院</translation>
    </message>
    <message>
        <source>Paid per item, providers generate %1 more admissions (supplier-induced demand); the global budget removes them.</source>
        <translation>按项目付费时，医疗机构多产生 %1 的住院（供方诱导需求）；总额预算消除这部分住院。</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::CandidateModel</name>
    <message>
        <source>%1 at %2: gain %3 %4, cost %5 (10,000 yuan)</source>
        <translation>%2 %1：增益 %3 %4，费用 %5 万元</translation>
    </message>
    <message numerus="yes">
        <source>%n %1(s)</source>
        <translation>
            <numerusform>%n 名%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s)</source>
        <translation>
            <numerusform>%n 张床位</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>并入%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>yuan per resident</source>
        <translation>元/人</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Rank by gain per 10,000 yuan on its own (the greedy portfolio re-evaluates after each pick)</source>
        <translation>按单独实施时的每万元增益排序（贪心组合每选一项后重新评估）</translation>
    </message>
    <message>
        <source>Capital plus running cost to the end of the year, never less than the capital cost</source>
        <translation>建设投入加至该年末的运行费用，不低于建设投入</translation>
    </message>
    <message>
        <source>Running costs saved to the end of the year: shown, not subtracted from the cost</source>
        <translation>至该年末节省的运行费用：仅列示，不从费用中扣减</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>投资项目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Cost (10,000 yuan)</source>
        <translation>费用（万元）</translation>
    </message>
    <message>
        <source>Running saving (10,000 yuan)</source>
        <translation>运行节省（万元）</translation>
    </message>
    <message>
        <source>Gain (%1)</source>
        <translation>增益（%1）</translation>
    </message>
    <message>
        <source>Gain per 10,000 yuan</source>
        <translation>每万元增益</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::CatalogueDialog</name>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>恢复默认值(&amp;R)</translation>
    </message>
    <message>
        <source>Investment Catalogue</source>
        <translation>投资项目目录</translation>
    </message>
    <message>
        <source>What each kind of action costs and does when the planner weighs it. Hover over a row for the source of its defaults; values the county knows better replace them (saved in the project).</source>
        <translation>规划时各类投资项目的费用和作用。鼠标悬停在某一行上可查看默认值的依据；如本县掌握更准确的数值，可直接替换（保存在项目中）。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Capital cost
(10,000 yuan)</source>
        <translation>建设投入
（万元）</translation>
    </message>
    <message>
        <source>Yearly cost
(10,000 yuan)</source>
        <translation>年运行费用
（万元）</translation>
    </message>
    <message>
        <source>Years it runs
(0: whole horizon)</source>
        <translation>运行年数
（0：整个规划期）</translation>
    </message>
    <message>
        <source>Number
(beds or doctors)</source>
        <translation>数量
（床位或医生）</translation>
    </message>
    <message>
        <source>Capability gain
(% of the gap)</source>
        <translation>能力提升
（占缺口的%）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Paid once, at the start</source>
        <translation>期初一次性支付</translation>
    </message>
    <message>
        <source>Running cost per year; a negative number is a saving</source>
        <translation>每年的运行费用；负数表示节省</translation>
    </message>
    <message>
        <source>Years the running cost is paid; 0: every year to the end of the chosen year</source>
        <translation>支付运行费用的年数；0：每年支付，直至所选年份年底</translation>
    </message>
    <message>
        <source>Beds added (a township branch: its beds) or county doctors posted</source>
        <translation>增加的床位数（乡镇卫生院分院：其床位数）或下沉的县级医生数</translation>
    </message>
    <message>
        <source>Share of the gap to full capability on the service line that the action closes</source>
        <translation>该项目可补齐的该服务类别能力缺口的比例</translation>
    </message>
    <message>
        <source>Where the defaults come from</source>
        <translation>默认值的来源</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>60: the golden hour of the national chest-pain and stroke centre standards (中国胸痛中心认证标准; 卒中中心建设指南)</source>
        <translation>60：国家胸痛中心和卒中中心标准规定的黄金救治时间（中国胸痛中心认证标准；卒中中心建设指南）</translation>
    </message>
    <message>
        <source>&amp;Golden hour of the care centres (minutes within which a time-critical patient should reach one):</source>
        <translation>专病中心黄金救治时间(&amp;G)（急危重症患者应在多少分钟内到达）：</translation>
    </message>
    <message>
        <source>Fill in the sourced defaults (applied with OK)</source>
        <translation>填入有依据的默认值（按“确定”后生效）</translation>
    </message>
    <message>
        <source>The project is open read-only: the catalogue can be read, not changed.</source>
        <translation>项目以只读方式打开：项目目录只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Not used by this kind of action</source>
        <translation>此类项目不使用该项</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
</context>
<context>
    <name>cc::plannerui::PlannerDialog</name>
    <message>
        <source>Include village clinic &amp;merges</source>
        <translation>包括合并村卫生室(&amp;M)</translation>
    </message>
    <message>
        <source>On the &amp;map</source>
        <translation>在地图上显示(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply as New Scenario</source>
        <translation>应用为新方案(&amp;A)</translation>
    </message>
    <message>
        <source>Investment Planner</source>
        <translation>投资规划</translation>
    </message>
    <message>
        <source>Closing a clinic is a decision about access, not an investment: merges are candidates only when this is checked.</source>
        <translation>撤并村卫生室关系群众就医可及性，不属于投资决策：仅勾选此项时才将撤并列为候选。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>规划条件</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Budget (10,000 yuan):</source>
        <translation>预算（万元）(&amp;B)：</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部投资项目</translation>
    </message>
    <message>
        <source>Candidates, best gain per 10,000 yuan first</source>
        <translation>候选投资（按每万元增益从高到低）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Draw the candidates on the map, each target&apos;s disc as large as the best gain there</source>
        <translation>在地图上标出候选投资，圆的大小表示该地点最大增益</translation>
    </message>
    <message>
        <source>Proposed portfolio</source>
        <translation>建议投资组合</translation>
    </message>
    <message>
        <source>Each candidate is applied to the scenario on show with the incremental engine and its gain read in the chosen year; the portfolio is chosen greedily by gain per 10,000 yuan, re-evaluating after each pick.</source>
        <translation>每个候选投资都用增量引擎叠加到当前显示的方案上，读取所选年份的增益；投资组合按每万元增益贪心选取，每选一项后重新评估。</translation>
    </message>
    <message>
        <source>The project changed since this run: run again to apply.</source>
        <translation>运行后项目已修改：请重新运行后再应用。</translation>
    </message>
    <message>
        <source>Save the portfolio as a new scenario (one undo step)</source>
        <translation>将投资组合保存为新方案（可一步撤销）</translation>
    </message>
    <message>
        <source>Listing the candidates...</source>
        <translation>正在列出候选投资…</translation>
    </message>
    <message>
        <source>Evaluating candidate %1 of %2...</source>
        <translation>正在评估候选投资：第 %1 项，共 %2 项…</translation>
    </message>
    <message>
        <source>Choosing investment %1: candidate %2 of %3...</source>
        <translation>正在选择第 %1 项投资：第 %2 项候选，共 %3 项…</translation>
    </message>
    <message>
        <source>Canceled: the project is unchanged. The ranking shows the candidates evaluated so far; there is no portfolio.</source>
        <translation>已取消：项目未作任何修改。排名仅含已评估的候选投资，未生成投资组合。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) evaluated, %1 evaluations in all.</source>
        <translation>
            <numerusform>已评估 %n 项候选投资，共计算 %1 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>投资项目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Cost (10,000 yuan)</source>
        <translation>费用（万元）</translation>
    </message>
    <message>
        <source>Gain (%1)</source>
        <translation>增益（%1）</translation>
    </message>
    <message>
        <source>Cumulative gain</source>
        <translation>累计增益</translation>
    </message>
    <message>
        <source>Spent (10,000 yuan)</source>
        <translation>累计支出（万元）</translation>
    </message>
    <message>
        <source>Run the planner to see the portfolio it proposes.</source>
        <translation>运行规划后显示建议的投资组合。</translation>
    </message>
    <message numerus="yes">
        <source>%n investment(s) spend %1 of %2 (10,000 yuan) and gain %3 %4 in %5.</source>
        <translation>
            <numerusform>%n 项投资花费 %1 万元（预算 %2 万元），%5 年增益 %3 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 %2 for this budget (a bound from the gains on their own).</source>
        <translation>此预算下最多 %1 %2（按各项单独增益估算的上限）。</translation>
    </message>
    <message>
        <source>Against scenario &quot;%1&quot;: %2 is %3 there.</source>
        <translation>对比方案“%1”：该方案%2为 %3。</translation>
    </message>
    <message>
        <source>Investment %1 (10,000 yuan) plan</source>
        <translation>投资 %1 万元方案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>There is no portfolio to apply.</source>
        <translation>没有可应用的投资组合。</translation>
    </message>
    <message>
        <source>Applied as scenario &quot;%1&quot; (Edit &gt; Undo takes it back).</source>
        <translation>已应用为方案“%1”（编辑 &gt; 撤销可恢复）。</translation>
    </message>
    <message>
        <source>Ca&amp;talogue...</source>
        <translation>项目目录(&amp;T)...</translation>
    </message>
    <message>
        <source>What each kind of action costs and does, with its source (saved in the project)</source>
        <translation>各类投资项目的费用、作用及其依据（保存在项目中）</translation>
    </message>
    <message>
        <source>The catalogue changed: costs and ranks follow it, but the gains of actions whose number or capability gain changed are from the last run. Run again for gains and a portfolio under the new catalogue.</source>
        <translation>项目目录已修改：费用和排名已随之更新，但数量或能力提升幅度有变化的项目，其效果仍是上次运行的结果。请重新运行，以按新目录计算效果和投资组合。</translation>
    </message>
    <message>
        <source>The catalogue changed: costs and ranks follow it. Run again for a portfolio under the new catalogue.</source>
        <translation>项目目录已修改：费用和排名已随之更新。请重新运行，以按新目录提出投资组合。</translation>
    </message>
    <message>
        <source>The portfolio shows here pick by pick once the candidates are ranked.</source>
        <translation>候选项目排序完成后，投资组合将在此逐项列出。</translation>
    </message>
    <message numerus="yes">
        <source>Choosing the portfolio: %n investment(s) so far, spending %1 (10,000 yuan), gain %2 %3...</source>
        <translation>
            <numerusform>正在选择投资组合：已选 %n 项，花费 %1 万元，效果 %2 %3……</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::staffing::Planner</name>
    <message>
        <source>The FTE of a proposed posting must be above 0 and within the FTE limit per person.</source>
        <translation>拟议派驻的全职当量必须大于 0，且不超过每人全职当量上限。</translation>
    </message>
    <message>
        <source>Proposals must belong to every scenario or to the simulated one.</source>
        <translation>拟议方案必须属于所有方案或正在模拟的方案。</translation>
    </message>
    <message>
        <source>The project has no township centre in the alliance.</source>
        <translation>项目中的医共体没有乡镇卫生院。</translation>
    </message>
</context>
<context>
    <name>cc::staffing::Rules</name>
    <message>
        <source>staff %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>facility %1</source>
        <translation>医疗机构 %1</translation>
    </message>
    <message>
        <source>FTE per person</source>
        <translation>每人全职当量</translation>
    </message>
    <message>
        <source>Minimum grassroots posting</source>
        <translation>基层派驻最短期限</translation>
    </message>
    <message>
        <source>Township minimum staff</source>
        <translation>乡镇卫生院最低人员数</translation>
    </message>
    <message>
        <source>Grassroots service for promotion</source>
        <translation>晋升所需基层服务</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>%1 is posted at %2 FTE in %3 (limit %4).</source>
        <translation>%1 在 %3 的派驻为 %2 全职当量（上限 %4）。</translation>
    </message>
    <message>
        <source>The posting of %1 to %2 lasts %3 months; grassroots postings need at least %4.</source>
        <translation>%1 派驻到 %2 为期 %3 个月；基层派驻至少需要 %4 个月。</translation>
    </message>
    <message>
        <source>%1 has %2 FTE staff in %3; township centres keep at least %4.</source>
        <translation>%1 在 %3 有 %2 全职当量人员；乡镇卫生院至少应保持 %4。</translation>
    </message>
    <message>
        <source>%1 has %2 FTE general practitioners in %3; the norm of %4 per 10,000 residents asks for %5.</source>
        <translation>%1 在 %3 有 %2 全职当量全科医生；按每万居民 %4 名的标准应有 %5 名。</translation>
    </message>
    <message>
        <source>%1 has %2 months of grassroots service; promotion to associate chief physician needs %3 (%4 short).</source>
        <translation>%1 有 %2 个月基层服务经历；晋升副主任医师需要 %3 个月（还差 %4 个月）。</translation>
    </message>
</context>
<context>
    <name>cc::staffing::StaffCsv</name>
    <message>
        <source>The file needs a name column (name/姓名) and a role column (role/岗位).</source>
        <translation>文件需要一个姓名列（name/姓名）和一个岗位列（role/岗位）。</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>未知岗位“%1”</translation>
    </message>
    <message>
        <source>unknown title &quot;%1&quot;</source>
        <translation>未知职称“%1”</translation>
    </message>
    <message>
        <source>unknown facility &quot;%1&quot;</source>
        <translation>未知医疗机构“%1”</translation>
    </message>
    <message>
        <source>grassroots months &quot;%1&quot; is not a whole number</source>
        <translation>基层服务月数“%1”不是整数</translation>
    </message>
    <message>
        <source>pay &quot;%1&quot; is not a number</source>
        <translation>薪酬“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>cc::staffing::StaffingEdits</name>
    <message>
        <source>Refused by the rule &quot;%1&quot;: %2</source>
        <translation>被规则“%1”拒绝：%2</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>项目以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>cc::store</name>
    <message>
        <source>the geometry is truncated</source>
        <translation>几何数据被截断</translation>
    </message>
    <message>
        <source>the geometry is not a GeoPackage geometry (no &quot;GP&quot; magic)</source>
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
        <source>unknown setting &quot;%1&quot;</source>
        <translation>未知的设置“%1”</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; appears twice</source>
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
        <source>unknown policy parameter &quot;%1&quot;</source>
        <translation>未知的政策参数“%1”</translation>
    </message>
    <message>
        <source>the value refers to a policy entry (scenario %1, month %2) that does not exist</source>
        <translation>该值引用的政策条目（方案 %1，第 %2 个月）不存在</translation>
    </message>
    <message>
        <source>the policy parameter &quot;%1&quot; appears twice</source>
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
        <source>Cannot save &quot;%1&quot;: %2</source>
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
        <source>Cannot open &quot;%1&quot;: %2</source>
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
        <source>the table &quot;%1&quot; is missing.</source>
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
        <source>it contains a %1 &quot;%2&quot; that CountyCare did not create.</source>
        <translation>其中包含非 CountyCare 创建的 %1“%2”。</translation>
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
        <source>the file format version &quot;%1&quot; is not a number.</source>
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
    <message>
        <source>the file can only be opened once, for writing.</source>
        <translation>该文件只能打开一次，且只能用于写入。</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>这是一个文件夹。</translation>
    </message>
    <message>
        <source>the existing file is read-only.</source>
        <translation>现有文件为只读。</translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation>无法写入该文件。</translation>
    </message>
    <message>
        <source>the file was not open.</source>
        <translation>该文件未打开。</translation>
    </message>
    <message>
        <source>it was deleted or moved away</source>
        <translation>文件已被删除或移走</translation>
    </message>
    <message>
        <source>another file was put there</source>
        <translation>该位置已放入另一个文件</translation>
    </message>
    <message>
        <source>it was replaced by another file</source>
        <translation>文件已被另一个文件替换</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes</source>
        <translation>文件大小已从 %1 字节变为 %2 字节</translation>
    </message>
    <message>
        <source>another program saved changes to it</source>
        <translation>其他程序已向其保存了更改</translation>
    </message>
    <message>
        <source>it was modified at %1</source>
        <translation>文件已于 %1 被修改</translation>
    </message>
    <message>
        <source>applying &quot;%1&quot; beside it (left by an interrupted save, or by another database) does not give a sound project (%2). The file and &quot;%1&quot; were left as they were; copies of both are in &quot;%3&quot;. To open the file without it, move &quot;%1&quot; elsewhere.</source>
        <translation>应用其旁边的“%1”（由中断的保存或其他数据库留下）不能得到完好的项目（%2）。文件和“%1”均保持原样；两者的副本位于“%3”。如需不使用它打开文件，请将“%1”移到别处。</translation>
    </message>
    <message>
        <source>changes in &quot;%1&quot; beside it have not yet been written into the file, and that can only be done where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</source>
        <translation>其旁边“%1”中的更改尚未写入文件，而这只能在 CountyCare 可以写入的位置完成，但该文件夹或文件为只读。请将文件连同“%1”一起复制到可写入的文件夹，并在那里打开。</translation>
    </message>
    <message>
        <source>an interrupted save left &quot;%1&quot; beside it, and the save can only be rolled back where CountyCare may write, but the folder or the file is read-only. Copy the file together with &quot;%1&quot; to a folder you can write to and open it there.</source>
        <translation>一次中断的保存在其旁边留下了“%1”，只有在 CountyCare 可以写入的位置才能回滚该保存，但该文件夹或文件为只读。请将文件连同“%1”一起复制到可写入的文件夹，并在那里打开。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; beside it holds changes that were not finished, but no safety copy could be made before applying them (%2). Free some space and try again.</source>
        <translation>其旁边的“%1”包含未完成的更改，但在应用之前无法制作安全副本（%2）。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>Putting them back failed (%1): take them from that folder.</source>
        <translation>放回原处失败（%1）：请从该文件夹中取回。</translation>
    </message>
    <message>
        <source>changes waiting in &quot;%1&quot; were written into the file; the file as found is kept in &quot;%2&quot;.</source>
        <translation>“%1”中待写入的更改已写入文件；发现时的文件保存在“%2”。</translation>
    </message>
    <message>
        <source>an interrupted save was rolled back with &quot;%1&quot;: the file is as it was last saved; the file as found is kept in &quot;%2&quot;.</source>
        <translation>已用“%1”回滚一次中断的保存：文件恢复为上次保存的状态；发现时的文件保存在“%2”。</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>holds a NUL character</source>
        <translation>包含 NUL 字符</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>holds the control or formatting character %1</source>
        <translation>包含控制或格式字符 %1</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3 %4.</source>
        <translation>表 %1 第 %2 行 %3 列%4。</translation>
    </message>
    <message>
        <source>%1 since it was opened. Nothing was written; open it again (or save under another name) so that no one&apos;s changes are lost.</source>
        <translation>自打开以来，%1。未写入任何内容；请重新打开（或以其他名称保存），以免丢失任何人的更改。</translation>
    </message>
    <message>
        <source>it kept changing while it was read (another program is writing it); try again.</source>
        <translation>读取过程中文件不断变化（另一个程序正在写入）；请重试。</translation>
    </message>
    <message>
        <source>it contains an index &quot;%1&quot; on table %2 that CountyCare did not create.</source>
        <translation>其中表 %2 上有一个并非 CountyCare 创建的索引“%1”。</translation>
    </message>
    <message>
        <source>the geometry uses spatial reference %1 instead of the layer&apos;s %2</source>
        <translation>几何使用的空间参考是 %1，而不是该图层声明的 %2</translation>
    </message>
    <message>
        <source>spatial reference %1</source>
        <translation>空间参考 %1</translation>
    </message>
    <message>
        <source>layer %1 says it is in spatial reference %2, which the file does not define (gpkg_spatial_ref_sys).</source>
        <translation>图层 %1 声明使用空间参考 %2，但文件中没有定义该空间参考（gpkg_spatial_ref_sys）。</translation>
    </message>
    <message>
        <source>an undefined coordinate system</source>
        <translation>未定义的坐标系</translation>
    </message>
    <message>
        <source>the position (%1, %2) in %3 cannot be converted to WGS 84</source>
        <translation>%3 中的位置 (%1, %2) 无法转换为 WGS 84</translation>
    </message>
    <message>
        <source>layer %1 is in the coordinate system %2, which CountyCare cannot convert to WGS 84%3. Convert the layer to EPSG:4326 (for example with ogr2ogr -t_srs EPSG:4326) and open it again.</source>
        <translation>图层 %1 使用坐标系 %2，CountyCare 无法将其转换为 WGS 84%3。请先把该图层转换为 EPSG:4326（例如使用 ogr2ogr -t_srs EPSG:4326），再重新打开。</translation>
    </message>
    <message>
        <source>unknown investment action &quot;%1&quot;</source>
        <translation>未知的投资项目“%1”</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; appears twice</source>
        <translation>投资项目“%1”重复出现</translation>
    </message>
    <message>
        <source>unknown planner setting &quot;%1&quot;</source>
        <translation>未知的投资规划设置“%1”</translation>
    </message>
    <message>
        <source>the care centre refers to facility %1, which does not exist</source>
        <translation>专病中心引用的机构 %1 不存在</translation>
    </message>
    <message>
        <source>unknown kind of care centre %1</source>
        <translation>未知的专病中心类型 %1</translation>
    </message>
    <message>
        <source>the temporary file cannot be emptied.</source>
        <translation>无法清空临时文件。</translation>
    </message>
    <message>
        <source>it contains a virtual table &quot;%1&quot; that CountyCare did not create and that is not a GeoPackage spatial index.</source>
        <translation>其中有一个并非 CountyCare 创建、也不是 GeoPackage 空间索引的虚拟表“%1”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan tight county health alliances.</source>
        <translation>规划紧密型县域医共体。</translation>
    </message>
    <message>
        <source>Open the demo county instead of the start page</source>
        <translation>打开示例县而不是起始页</translation>
    </message>
    <message>
        <source>Scenario to show</source>
        <translation>要显示的方案</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scenario to compare with</source>
        <translation>要比较的方案</translation>
    </message>
    <message>
        <source>Project file to open (.ccplan or .gpkg)</source>
        <translation>要打开的项目文件（.ccplan 或 .gpkg）</translation>
    </message>
    <message>
        <source>Start with a view open: workshop, workshop-playing, workshop-lever, glossary, model-notes, calibration, tour, explain or start-page</source>
        <translation>启动时打开指定视图：workshop、workshop-playing、workshop-lever、glossary、model-notes、calibration、tour、explain 或 start-page</translation>
    </message>
</context>
</TS>
