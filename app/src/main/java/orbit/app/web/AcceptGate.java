package orbit.app.web;

import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Keeps Jetty's connectors from accepting until {@link #open}. Javalin registers the static pages only after Jetty
 * has started listening, so without the gate the first requests after start found the API but answered 404 for
 * {@code /}. Connections that arrive meanwhile wait in the socket's backlog and are served once the gate opens.
 */
final class AcceptGate implements LifeCycle.Listener {
  private Server server;

  /** Closes the gate whenever {@code jetty} starts. */
  void install(Server jetty) {
    server = jetty;
    jetty.addEventListener(this);
  }

  @Override
  public void lifeCycleStarting(LifeCycle event) {
    accepting(false);
  }

  /** Call once every handler, the static pages included, is in place. */
  void open() {
    accepting(true);
  }

  private void accepting(boolean on) {
    for (Connector c : server.getConnectors()) {
      if (c instanceof AbstractConnector a) {
        a.setAccepting(on);
      }
    }
  }
}
