#if Hummingbird
    import Metrics
    public import Prometheus

    extension NotifyWireMetrics {
        /// Creates a Prometheus registry, bootstraps it as the process's swift-metrics factory (once per
        /// process), and returns it for ``NotifyWireServerConfiguration/prometheus``.
        public static func bootstrapPrometheusMetricsSystem() -> PrometheusCollectorRegistry {
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            return registry
        }
    }
#endif
