-- The HIS database (same collation the generator's loader would create it with) and a login the
-- HIS subgraph reads through: db_datareader covers tables the seeder creates later.
IF DB_ID(N'his') IS NULL
  CREATE DATABASE [his] COLLATE Latin1_General_100_CI_AS_SC_UTF8;
GO
IF SUSER_ID(N'medfuse_reader') IS NULL
  CREATE LOGIN [medfuse_reader] WITH PASSWORD = N'$(MEDFUSE_READER_PASSWORD)', CHECK_POLICY = ON;
GO
USE [his];
IF USER_ID(N'medfuse_reader') IS NULL
  CREATE USER [medfuse_reader] FOR LOGIN [medfuse_reader];
ALTER ROLE [db_datareader] ADD MEMBER [medfuse_reader];
DENY INSERT, UPDATE, DELETE, ALTER, EXECUTE TO [medfuse_reader];
GO
