// Draws the process diagram of the page (#diagram, its BPMN in #diagramXml) and marks the current steps.
// A file of its own rather than an inline script: the Content-Security-Policy allows scripts from the application only.
(function () {
    var container = document.getElementById('diagram');
    if (!container || typeof BpmnJS === 'undefined') {
        return;
    }
    var viewer = new BpmnJS({ container: container });
    viewer.importXML(document.getElementById('diagramXml').value).then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        container.getAttribute('data-current').split(' ').filter(Boolean).forEach(function (id) {
            canvas.addMarker(id, 'current-step');
        });
        container.setAttribute('data-rendered', 'true');
    });
})();
