"""The print version: the handlingsveileder and every routine combined into one page, after the build."""
