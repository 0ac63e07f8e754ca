import DRCLI

FoundryDRCommand.main()
