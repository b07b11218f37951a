# One image for every stage: `cpecwatch ingest|enrich|sink` with CPECWATCH_BOOTSTRAP_SERVERS set.
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas schemas
COPY broker broker
COPY testkit testkit
COPY ingest ingest
COPY enrich enrich
COPY sink sink
COPY app app
# The root POM lists bench, so Maven needs its folder; the image builds only app and what it depends on.
COPY bench bench
RUN mvn -B -q -DskipTests -pl app -am install

FROM eclipse-temurin:17.0.16_8-jre
# curl answers the compose healthchecks from the stage's /health/ready. /data is the stages' own: an anonymous
# volume mounted there starts with this owner and mode, so the non-root user can keep its state in it.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home cpecwatch \
    && mkdir -p /data && chown cpecwatch:cpecwatch /data && chmod 700 /data
WORKDIR /opt/cpecwatch
COPY --from=build /src/app/target/cpecwatch.jar ./cpecwatch.jar
COPY --from=build /src/app/target/lib ./lib
USER cpecwatch
ENTRYPOINT ["java", "-jar", "/opt/cpecwatch/cpecwatch.jar"]
CMD ["--help"]
