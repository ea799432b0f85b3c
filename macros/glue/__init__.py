"""The thin glue between MkDocs and the project: each module does one thing for one or two
MkDocs events; macros/hooks.py dispatches the events to them. The work itself is done by the
content model (macros/content/), the route table (macros/routes.py) and the renderers."""
