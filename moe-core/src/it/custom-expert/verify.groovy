def report = new File(basedir, 'target/surefire-reports/TEST-com.example.consumer.ConsumerTest.xml')
assert report.isFile() : "the consumer's test did not run"
assert report.text.contains('tests="1"') && report.text.contains('failures="0"') && report.text.contains('errors="0"')
