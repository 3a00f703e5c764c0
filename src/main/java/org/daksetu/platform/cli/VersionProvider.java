package org.daksetu.platform.cli;

import picocli.CommandLine;

class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = DakSetuCommand.class.getPackage().getImplementationVersion();
        return new String[] {"DakSetu " + (v == null ? "development build" : v)};
    }
}
