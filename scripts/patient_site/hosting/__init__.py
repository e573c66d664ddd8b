"""What the web server needs from the project: the nginx configuration,
rendered from templates with the site's languages."""
