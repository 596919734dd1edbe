-- CountyCare project file, format version 1 (settlements without signed_share,
-- no cc_facility_capability), kept to test migration. Built into a file by tst_store.
PRAGMA application_id = 1196444487; -- 0x47504B47 "GPKG"
PRAGMA user_version = 10300;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES('Undefined cartesian SRS',-1,'NONE',-1,'undefined','undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES('Undefined geographic SRS',0,'NONE',0,'undefined','undefined geographic coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES('WGS 84 geodetic',4326,'EPSG',4326,'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]','longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
INSERT INTO gpkg_contents VALUES('facilities','features','facilities','Health facilities','2026-11-23T09:33:08.804Z',110.10999999999999943,30.120000000000000995,111.0,31.0,4326);
INSERT INTO gpkg_contents VALUES('settlements','features','settlements','Villages and communities','2026-11-23T09:33:08.804Z',110.09999999999999431,30.10000000000000142,110.29999999999999715,30.30000000000000071,4326);
INSERT INTO gpkg_contents VALUES('roads','features','roads','Road network','2026-11-23T09:33:08.804Z',110.09999999999999431,30.10000000000000142,110.24999999999999999,30.25,4326);
INSERT INTO gpkg_contents VALUES('county_boundary','features','county_boundary','County boundary','2026-11-23T09:33:08.804Z',110.0,30.0,110.70000000000000284,30.433333333333333569,4326);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_geometry_columns VALUES('facilities','geom','POINT',4326,0,0);
INSERT INTO gpkg_geometry_columns VALUES('settlements','geom','POINT',4326,0,0);
INSERT INTO gpkg_geometry_columns VALUES('roads','geom','LINESTRING',4326,0,0);
INSERT INTO gpkg_geometry_columns VALUES('county_boundary','geom','MULTIPOLYGON',4326,0,0);
CREATE TABLE facilities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  level INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  beds INTEGER NOT NULL,
  township_id INTEGER NOT NULL,
  in_alliance BOOLEAN NOT NULL);
INSERT INTO facilities VALUES(1,X'47500003e61000000000000000905b400000000000905b400000000000403e400000000000403e4001010000000000000000905b400000000000403e40','县人民医院','County People''s Hospital',2,0,500,0,1);
INSERT INTO facilities VALUES(2,X'47500003e6100000d7a3703d0a875b40d7a3703d0a875b401f85eb51b81e3e401f85eb51b81e3e400101000000d7a3703d0a875b401f85eb51b81e3e40','一乡卫生院','',1,0,20,1,1);
INSERT INTO facilities VALUES(5,X'47500003e6100000a4703d0ad7935b40a4703d0ad7935b400ad7a3703d4a3e400ad7a3703d4a3e400101000000a4703d0ad7935b400ad7a3703d4a3e40','村卫生室','',0,0,0,3,1);
INSERT INTO facilities VALUES(6,X'47500003e61000000000000000c05b400000000000c05b400000000000003f400000000000003f4001010000000000000000c05b400000000000003f40','市中心医院','',3,0,0,0,0);
CREATE TABLE settlements (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  name TEXT NOT NULL,
  name_en TEXT,
  population INTEGER NOT NULL,
  township_id INTEGER NOT NULL,
  urban BOOLEAN NOT NULL);
INSERT INTO settlements VALUES(1,X'47500003e61000006666666666865b406666666666865b409a99999999193e409a99999999193e4001010000006666666666865b409a99999999193e40','村1','Village 1',1007,1,0);
INSERT INTO settlements VALUES(2,X'47500003e610000013cdcccccc8c5b4013cdcccccc8c5b403333333333333e403333333333333e40010100000013cdcccccc8c5b403333333333333e40','村2','Village 2',2007,2,0);
INSERT INTO settlements VALUES(3,X'47500003e61000003333333333935b403333333333935b40cdcccccccc4c3e40cdcccccccc4c3e4001010000003333333333935b40cdcccccccc4c3e40','村3','Village 3',3007,3,0);
INSERT INTO settlements VALUES(4,X'47500003e61000000000000000905b400000000000905b406666666666263e406666666666263e4001010000000000000000905b406666666666263e40','村4','Village 4',4007,1,1);
CREATE TABLE roads (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom LINESTRING NOT NULL,
  name TEXT,
  road_class INTEGER NOT NULL,
  speed_kmh DOUBLE NOT NULL);
INSERT INTO roads VALUES(1,X'47500003e61000006666666666865b400000000000905b409a99999999193e400000000000403e400102000000030000006666666666865b409a99999999193e409a99999999895b40ec51b81e852b3e400000000000905b400000000000403e40','县道 X001',3,35.0);
CREATE TABLE county_boundary (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON NOT NULL,
  name TEXT,
  name_en TEXT,
  adcode TEXT);
INSERT INTO county_boundary VALUES(1,X'47500003e61000000000000000805b40cdccccccccac5b400000000000003e40efeeeeeeee6e3e40010600000002000000010300000002000000050000000000000000805b400000000000003e400000000000a05b400000000000003e400000000000a05b406666666666663e400000000000805b406666666666663e400000000000805b400000000000003e40040000006666666666865b409a99999999193e40cdcccccccc8c5b409a99999999193e40cdcccccccc8c5b403333333333333e406666666666865b409a99999999193e40010300000001000000040000006666666666a65b400000000000003e40cdccccccccac5b400000000000003e40cdccccccccac5b40efeeeeeeee6e3e406666666666a65b400000000000003e40','青山县','Qingshan County','999001');
CREATE TABLE cc_meta (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO cc_meta VALUES('schema_version','1');
INSERT INTO cc_meta VALUES('min_compatible_version','1');
INSERT INTO cc_meta VALUES('application','CountyCare Planner');
INSERT INTO cc_meta VALUES('title','青山县 test / Qingshan test');
INSERT INTO cc_meta VALUES('boundary_name','青山县');
INSERT INTO cc_meta VALUES('boundary_name_en','Qingshan County');
INSERT INTO cc_meta VALUES('boundary_adcode','999001');
CREATE TABLE cc_settings (key TEXT PRIMARY KEY, value DOUBLE NOT NULL);
INSERT INTO cc_settings VALUES('time.start_year',2025.0);
INSERT INTO cc_settings VALUES('time.start_month',1.0);
INSERT INTO cc_settings VALUES('time.horizon_months',48.0);
INSERT INTO cc_settings VALUES('choice.in_county',0.3000000000000000444);
INSERT INTO cc_settings VALUES('choice.signed_home',0.5);
INSERT INTO cc_settings VALUES('choice.wait',1.0);
INSERT INTO cc_settings VALUES('staff.title_factor.junior',0.5);
INSERT INTO cc_settings VALUES('staff.title_factor.intermediate',0.75);
INSERT INTO cc_settings VALUES('staff.title_factor.senior',1.0);
INSERT INTO cc_settings VALUES('travel.detour_factor',1.3999999999999999111);
INSERT INTO cc_settings VALUES('travel.off_road_speed_kmh',30.0);
INSERT INTO cc_settings VALUES('travel.candidate_village_clinics',3.0);
INSERT INTO cc_settings VALUES('travel.candidate_township_centres',3.0);
INSERT INTO cc_settings VALUES('staff.available_hours_per_year',1760.0);
INSERT INTO cc_settings VALUES('staff.learning_retention',0.0);
INSERT INTO cc_settings VALUES('choice.congestion_on',1.0);
INSERT INTO cc_settings VALUES('fund.initial_balance_yuan',0.0);
INSERT INTO cc_settings VALUES('calibration.in_county_rate',0.84999999999999997779);
INSERT INTO cc_settings VALUES('calibration.in_county_inpatient_share',0.75);
INSERT INTO cc_settings VALUES('calibration.grassroots_share',0.5);
CREATE TABLE cc_townships (id INTEGER PRIMARY KEY, name TEXT NOT NULL, name_en TEXT);
INSERT INTO cc_townships VALUES(1,'乡镇1','Township 1');
INSERT INTO cc_townships VALUES(2,'乡镇2','Township 2');
INSERT INTO cc_townships VALUES(3,'乡镇3','Township 3');
CREATE TABLE cc_scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT);
INSERT INTO cc_scenarios VALUES(1,'baseline','Fee for service');
INSERT INTO cc_scenarios VALUES(2,'紧密型医共体','');
CREATE TABLE cc_policy_entries (
  scenario_id INTEGER NOT NULL, from_month INTEGER NOT NULL, note TEXT,
  PRIMARY KEY (scenario_id, from_month));
INSERT INTO cc_policy_entries VALUES(1,0,'');
INSERT INTO cc_policy_entries VALUES(1,12,'2026 subsidy');
INSERT INTO cc_policy_entries VALUES(2,0,'');
INSERT INTO cc_policy_entries VALUES(2,6,'');
CREATE TABLE cc_policy_values (
  scenario_id INTEGER NOT NULL, from_month INTEGER NOT NULL, key TEXT NOT NULL, value DOUBLE NOT NULL,
  PRIMARY KEY (scenario_id, from_month, key));
INSERT INTO cc_policy_values VALUES(1,0,'revenue.insured_share',0.94999999999999995559);
INSERT INTO cc_policy_values VALUES(1,0,'revenue.fiscal_subsidy_yuan',670.0);
INSERT INTO cc_policy_values VALUES(1,0,'revenue.personal_premium_yuan',400.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.deductible.township',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.deductible.county',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.deductible.city',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.deductible.province',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.ratio.village',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.ratio.township',0.5500000000000000444);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.ratio.county',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.ratio.city',0.29999999999999998889);
INSERT INTO cc_policy_values VALUES(1,0,'outpatient.ratio.province',0.2000000000000000111);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.deductible.township',100.0);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.deductible.county',300.0);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.deductible.city',600.0);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.deductible.province',1000.0);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.ratio.village',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.ratio.township',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.ratio.county',0.8000000000000000444);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.ratio.city',0.6500000000000000222);
INSERT INTO cc_policy_values VALUES(1,0,'inpatient.ratio.province',0.5);
INSERT INTO cc_policy_values VALUES(1,0,'reimbursement.in_scope_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,0,'reimbursement.no_referral_cut',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,0,'reimbursement.referral_share',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(1,0,'budget.on',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'budget.share',1.0);
INSERT INTO cc_policy_values VALUES(1,0,'budget.critical_illness_share',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,0,'budget.reserve_share',0.050000000000000002775);
INSERT INTO cc_policy_values VALUES(1,0,'budget.prepayment_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,0,'budget.surplus_retention',1.0);
INSERT INTO cc_policy_values VALUES(1,0,'budget.overrun_share',0.5);
INSERT INTO cc_policy_values VALUES(1,0,'budget.overrun_band',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,0,'drg.on',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'drg.floating',1.0);
INSERT INTO cc_policy_values VALUES(1,0,'drg.fixed_point_value_yuan',65.0);
INSERT INTO cc_policy_values VALUES(1,0,'drg.base_points',100.0);
INSERT INTO cc_policy_values VALUES(1,0,'drg.coefficient.township',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,0,'drg.coefficient.county',1.0);
INSERT INTO cc_policy_values VALUES(1,0,'capitation.on',0.0);
INSERT INTO cc_policy_values VALUES(1,0,'capitation.yuan_per_signed',150.0);
INSERT INTO cc_policy_values VALUES(1,0,'capitation.signing_target',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(1,0,'capitation.ramp_months',24.0);
INSERT INTO cc_policy_values VALUES(1,12,'revenue.insured_share',0.94999999999999995559);
INSERT INTO cc_policy_values VALUES(1,12,'revenue.fiscal_subsidy_yuan',700.0);
INSERT INTO cc_policy_values VALUES(1,12,'revenue.personal_premium_yuan',400.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.deductible.township',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.deductible.county',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.deductible.city',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.deductible.province',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.ratio.village',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.ratio.township',0.5500000000000000444);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.ratio.county',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.ratio.city',0.29999999999999998889);
INSERT INTO cc_policy_values VALUES(1,12,'outpatient.ratio.province',0.2000000000000000111);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.deductible.township',100.0);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.deductible.county',300.0);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.deductible.city',600.0);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.deductible.province',1000.0);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.ratio.village',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.ratio.township',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.ratio.county',0.8000000000000000444);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.ratio.city',0.6500000000000000222);
INSERT INTO cc_policy_values VALUES(1,12,'inpatient.ratio.province',0.5);
INSERT INTO cc_policy_values VALUES(1,12,'reimbursement.in_scope_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,12,'reimbursement.no_referral_cut',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,12,'reimbursement.referral_share',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(1,12,'budget.on',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'budget.share',1.0);
INSERT INTO cc_policy_values VALUES(1,12,'budget.critical_illness_share',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,12,'budget.reserve_share',0.050000000000000002775);
INSERT INTO cc_policy_values VALUES(1,12,'budget.prepayment_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,12,'budget.surplus_retention',1.0);
INSERT INTO cc_policy_values VALUES(1,12,'budget.overrun_share',0.5);
INSERT INTO cc_policy_values VALUES(1,12,'budget.overrun_band',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(1,12,'drg.on',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'drg.floating',1.0);
INSERT INTO cc_policy_values VALUES(1,12,'drg.fixed_point_value_yuan',65.0);
INSERT INTO cc_policy_values VALUES(1,12,'drg.base_points',100.0);
INSERT INTO cc_policy_values VALUES(1,12,'drg.coefficient.township',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(1,12,'drg.coefficient.county',1.0);
INSERT INTO cc_policy_values VALUES(1,12,'capitation.on',0.0);
INSERT INTO cc_policy_values VALUES(1,12,'capitation.yuan_per_signed',150.0);
INSERT INTO cc_policy_values VALUES(1,12,'capitation.signing_target',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(1,12,'capitation.ramp_months',24.0);
INSERT INTO cc_policy_values VALUES(2,0,'revenue.insured_share',0.94999999999999995559);
INSERT INTO cc_policy_values VALUES(2,0,'revenue.fiscal_subsidy_yuan',670.0);
INSERT INTO cc_policy_values VALUES(2,0,'revenue.personal_premium_yuan',400.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.deductible.township',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.deductible.county',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.deductible.city',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.deductible.province',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.ratio.village',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.ratio.township',0.5500000000000000444);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.ratio.county',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.ratio.city',0.29999999999999998889);
INSERT INTO cc_policy_values VALUES(2,0,'outpatient.ratio.province',0.2000000000000000111);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.deductible.township',100.0);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.deductible.county',300.0);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.deductible.city',600.0);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.deductible.province',1000.0);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.ratio.village',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.ratio.township',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.ratio.county',0.8000000000000000444);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.ratio.city',0.6500000000000000222);
INSERT INTO cc_policy_values VALUES(2,0,'inpatient.ratio.province',0.5);
INSERT INTO cc_policy_values VALUES(2,0,'reimbursement.in_scope_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,0,'reimbursement.no_referral_cut',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,0,'reimbursement.referral_share',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(2,0,'budget.on',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'budget.share',1.0);
INSERT INTO cc_policy_values VALUES(2,0,'budget.critical_illness_share',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,0,'budget.reserve_share',0.050000000000000002775);
INSERT INTO cc_policy_values VALUES(2,0,'budget.prepayment_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,0,'budget.surplus_retention',1.0);
INSERT INTO cc_policy_values VALUES(2,0,'budget.overrun_share',0.5);
INSERT INTO cc_policy_values VALUES(2,0,'budget.overrun_band',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,0,'drg.on',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'drg.floating',1.0);
INSERT INTO cc_policy_values VALUES(2,0,'drg.fixed_point_value_yuan',65.0);
INSERT INTO cc_policy_values VALUES(2,0,'drg.base_points',100.0);
INSERT INTO cc_policy_values VALUES(2,0,'drg.coefficient.township',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,0,'drg.coefficient.county',1.0);
INSERT INTO cc_policy_values VALUES(2,0,'capitation.on',0.0);
INSERT INTO cc_policy_values VALUES(2,0,'capitation.yuan_per_signed',150.0);
INSERT INTO cc_policy_values VALUES(2,0,'capitation.signing_target',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(2,0,'capitation.ramp_months',24.0);
INSERT INTO cc_policy_values VALUES(2,6,'revenue.insured_share',0.94999999999999995559);
INSERT INTO cc_policy_values VALUES(2,6,'revenue.fiscal_subsidy_yuan',670.0);
INSERT INTO cc_policy_values VALUES(2,6,'revenue.personal_premium_yuan',400.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.deductible.township',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.deductible.county',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.deductible.city',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.deductible.province',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.ratio.village',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.ratio.township',0.5500000000000000444);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.ratio.county',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.ratio.city',0.29999999999999998889);
INSERT INTO cc_policy_values VALUES(2,6,'outpatient.ratio.province',0.2000000000000000111);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.deductible.village',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.deductible.township',100.0);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.deductible.county',300.0);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.deductible.city',600.0);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.deductible.province',1000.0);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.ratio.village',0.9000000000000000222);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.ratio.township',0.9000000000000010214);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.ratio.county',0.8000000000000000444);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.ratio.city',0.6500000000000000222);
INSERT INTO cc_policy_values VALUES(2,6,'inpatient.ratio.province',0.5);
INSERT INTO cc_policy_values VALUES(2,6,'reimbursement.in_scope_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,6,'reimbursement.no_referral_cut',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,6,'reimbursement.referral_share',0.59999999999999997779);
INSERT INTO cc_policy_values VALUES(2,6,'budget.on',1.0);
INSERT INTO cc_policy_values VALUES(2,6,'budget.share',1.0);
INSERT INTO cc_policy_values VALUES(2,6,'budget.critical_illness_share',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,6,'budget.reserve_share',0.050000000000000002775);
INSERT INTO cc_policy_values VALUES(2,6,'budget.prepayment_share',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,6,'budget.surplus_retention',1.0);
INSERT INTO cc_policy_values VALUES(2,6,'budget.overrun_share',0.5);
INSERT INTO cc_policy_values VALUES(2,6,'budget.overrun_band',0.10000000000000000555);
INSERT INTO cc_policy_values VALUES(2,6,'drg.on',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'drg.floating',1.0);
INSERT INTO cc_policy_values VALUES(2,6,'drg.fixed_point_value_yuan',65.0);
INSERT INTO cc_policy_values VALUES(2,6,'drg.base_points',100.0);
INSERT INTO cc_policy_values VALUES(2,6,'drg.coefficient.township',0.84999999999999997779);
INSERT INTO cc_policy_values VALUES(2,6,'drg.coefficient.county',1.0);
INSERT INTO cc_policy_values VALUES(2,6,'capitation.on',0.0);
INSERT INTO cc_policy_values VALUES(2,6,'capitation.yuan_per_signed',150.0);
INSERT INTO cc_policy_values VALUES(2,6,'capitation.signing_target',0.4500000000000000111);
INSERT INTO cc_policy_values VALUES(2,6,'capitation.ramp_months',24.0);
CREATE TABLE cc_staff (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, role INTEGER NOT NULL, title INTEGER NOT NULL,
  employer_facility_id INTEGER NOT NULL, home_facility_id INTEGER NOT NULL,
  grassroots_months INTEGER NOT NULL, annual_salary_yuan DOUBLE NOT NULL);
INSERT INTO cc_staff VALUES(1,'张医生',1,2,0,1,6,180000.49999999999999);
INSERT INTO cc_staff VALUES(2,'李护士',2,0,2,2,0,72000.0);
CREATE TABLE cc_postings (
  id INTEGER PRIMARY KEY, staff_id INTEGER NOT NULL, facility_id INTEGER NOT NULL,
  start_month INTEGER NOT NULL, end_month INTEGER NOT NULL, fte DOUBLE NOT NULL,
  scenario_id INTEGER NOT NULL);
INSERT INTO cc_postings VALUES(1,1,2,0,6,0.2000000000000000111,0);
INSERT INTO cc_postings VALUES(2,1,2,6,24,0.59999999999999997779,2);
INSERT INTO cc_postings VALUES(3,2,2,0,60,1.0,0);
CREATE TABLE cc_service_lines (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT,
  inpatient BOOLEAN NOT NULL, annual_rate_per_person DOUBLE NOT NULL, drg_weight DOUBLE NOT NULL,
  min_level INTEGER NOT NULL, q_min DOUBLE NOT NULL, staff_minutes DOUBLE NOT NULL,
  coef_cost DOUBLE NOT NULL, coef_travel DOUBLE NOT NULL, coef_quality DOUBLE NOT NULL,
  cost_village DOUBLE, cost_township DOUBLE, cost_county DOUBLE, cost_city DOUBLE, cost_province DOUBLE,
  share_village DOUBLE, share_township DOUBLE, share_county DOUBLE, share_city DOUBLE, share_province DOUBLE,
  asc_village DOUBLE, asc_township DOUBLE, asc_county DOUBLE, asc_city DOUBLE, asc_province DOUBLE,
  weight_gp DOUBLE, weight_specialist DOUBLE, weight_nurse DOUBLE, weight_public_health DOUBLE);
INSERT INTO cc_service_lines VALUES(1,'op_minor','门诊小病','Outpatient minor',0,4.2000000000000001776,1.0,0,0.5,10.0,0.010000000000000000208,0.029999999999999998889,2.0,40.0,85.0,252.0,390.0,390.0,0.29999999999999998889,0.25,0.34999999999999997779,0.050000000000000002775,0.050000000000000002775,0.0,-0.12345678901234499735,0.5,-0.14285714285714284921,-2.0,0.5,0.29999999999999998889,0.2000000000000000111,0.10000000000000000555);
INSERT INTO cc_service_lines VALUES(2,'ip_basic','住院基础','',1,0.11999999999999999555,0.84999999999999997779,1,0.59999999999999997779,10.0,0.0005000000000000000104,0.010000000000000000208,3.0,0.0,2083.0,6425.0,12880.0,12880.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('settlements',4);
INSERT INTO sqlite_sequence VALUES('facilities',6);
INSERT INTO sqlite_sequence VALUES('roads',1);
INSERT INTO sqlite_sequence VALUES('county_boundary',1);
COMMIT;
