// Starts the vendored Swagger UI on the app's own OpenAPI description (no inline script: the CSP forbids it).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
